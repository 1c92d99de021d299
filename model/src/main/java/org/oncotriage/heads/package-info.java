/**
 * Exports the triage network's output heads ({@link Heads}, each a {@link Head}): the one list that
 * the network, the scorer, the training loss and the artifact's {@code labels.json} read.
 */
package org.oncotriage.heads;
