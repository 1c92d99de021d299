/**
 * Clinicians' feedback and what it is joined to, apart from HTTP: the database ({@link
 * org.oncotriage.feedback.FeedbackDatabase}: Flyway-migrated, embedded H2 or PostgreSQL, plain JDBC
 * in {@link org.oncotriage.feedback.FeedbackStore}), the asynchronous memory of triage results
 * ({@link org.oncotriage.feedback.TriageMemory}), the encryption of retained text ({@link
 * org.oncotriage.feedback.TextCipher}), retention ({@link
 * org.oncotriage.feedback.FeedbackService}), and the way back to training data ({@link
 * org.oncotriage.feedback.FeedbackExport}, {@link org.oncotriage.feedback.AgreementSummary}). No
 * type here holds message text except a decoded conversation on its way into the cipher or out of
 * it; none logs it. The server and the training command line use this package.
 */
package org.oncotriage.feedback;
