/**
 * Exports the {@link Triager} seam and what it returns ({@link TriageResult}, the shape {@code
 * API.md} fixes, and {@link ModelDescription}), with what implementations share: {@link
 * StagedTriager}, {@link Scores}, {@link ResponderProbabilities} and {@link BillingEligibility}.
 */
package org.oncotriage.triage;
