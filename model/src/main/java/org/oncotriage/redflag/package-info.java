/**
 * The red-flag safety layer: urgent symptoms of {@code LABELING.md} (label 3) found with their
 * evidence, by rules rather than by the model, so that none is missed.
 *
 * <p>The rules live in one readable file, {@code red-flag-rules.json} beside this package in the
 * resources: phrase lists per rule (trigger, required co-occurring phrases, exclusions, counts,
 * temperature thresholds) and the context cues that turn a mention off (negation, the past,
 * hypotheticals and threshold questions, another person, an unchanged chronic state). {@link
 * org.oncotriage.redflag.RedFlagRules} loads and checks the file; {@link
 * org.oncotriage.redflag.RuleBasedRedFlagDetector} is the small generic engine that applies it,
 * sentence by sentence and message by message, so a later message can turn a finding on or off.
 * Clinic messages are never evidence and never turn a patient's report off.
 *
 * <p>Start with {@link org.oncotriage.redflag.RedFlagRules#standard()}: thread-safe, loaded once.
 * The package exports that detector, the {@link org.oncotriage.redflag.RedFlagDetector} interface
 * and its {@link org.oncotriage.redflag.RedFlagFinding}s, and the {@link
 * org.oncotriage.redflag.RedFlagRulesException} that loading throws; the rule book and its parts
 * are package-private.
 */
package org.oncotriage.redflag;
