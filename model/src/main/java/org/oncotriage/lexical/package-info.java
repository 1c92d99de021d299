/**
 * The lexical companion of the transformer (OpenNLP maxent categorizers over bag-of-words tokens):
 * exports {@link LexicalModel} and {@link LexicalTraining} for the model artifact and training, and
 * {@link LexicalCategorizer} and {@link BagOfWords}, which the evaluation baseline reuses.
 */
package org.oncotriage.lexical;
