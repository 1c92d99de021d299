/**
 * Exports {@link DecisionPolicy}, which turns probabilities into a route, with its {@link
 * DecisionThresholds}, and {@link ThresholdSelector} and {@link ValidationOutcome}, with which
 * training chooses those thresholds on validation data.
 */
package org.oncotriage.decision;
