package org.oncotriage.datagen.intent;

import java.util.List;

/**
 * The intents of each patient-side message.
 *
 * @param messages one list of intents per patient-side message
 * @param clinicReplies whether the clinic replies between patient messages
 */
public record Plan(List<List<Intent>> messages, boolean clinicReplies) {}
