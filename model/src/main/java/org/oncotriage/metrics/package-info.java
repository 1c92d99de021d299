/**
 * Exports the metrics that training and evaluation share: {@link ConfusionMatrix} and {@link
 * ConfusionMetrics}, {@link BinaryMetrics}, {@link Bootstrap} intervals and {@link McNemar}'s test,
 * named in JSON by {@link LabelMetric} and {@link ScoreMetric}.
 */
package org.oncotriage.metrics;
