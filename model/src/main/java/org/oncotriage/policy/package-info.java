/**
 * Exports the hard rules of the labeling policy ({@link LabelPolicy}) and the {@link Need}s they
 * grade, shared by the data generator, file validation and training.
 */
package org.oncotriage.policy;
