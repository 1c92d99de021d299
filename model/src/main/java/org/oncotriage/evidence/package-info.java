/**
 * Evidence for an urgent flag that no red-flag rule explains: the sentences that drove the model's
 * score, found by scoring the conversation with each patient-side sentence left out ({@link
 * org.oncotriage.evidence.LeaveOneSentenceOut}).
 */
package org.oncotriage.evidence;
