/**
 * The JSON Lines format of {@code LABELING.md}: exports {@link ConversationReader} (opened through
 * its static factories), {@link ConversationWriter}, {@link ConversationCodec} for one JSON
 * document (the REST request body) and {@link ConversationFormatException}.
 */
package org.oncotriage.conversation.jsonl;
