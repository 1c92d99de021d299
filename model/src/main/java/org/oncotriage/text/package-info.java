/**
 * The network's text pipeline: exports {@link ConversationTokenizer} (a conversation to input ids),
 * the WordPiece vocabulary, builder and tokenizer and the {@link TruncationPolicy} that training
 * reuses, and OpenNLP sentences and tokens ({@link EnglishText}, {@link TextSpan}) for the red-flag
 * rules and the lexical model. Normalization ({@code TextNormalizer}) is package-private.
 */
package org.oncotriage.text;
