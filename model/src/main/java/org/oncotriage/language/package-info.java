/**
 * The language of each message, so that a message is read by the rules of its language and a
 * message in a language the service does not serve is never silently read as English.
 *
 * <p>{@link org.oncotriage.language.LanguageIdentifier} is the seam; {@link
 * org.oncotriage.language.LinguaLanguageIdentifier} is the shipped implementation (Lingua, n-gram
 * models, accurate on short texts), behind {@link org.oncotriage.language.PlainEnglishFirst}, which
 * answers plainly English text ({@link org.oncotriage.language.PlainEnglish}) by word lists at a
 * hundredth of the cost. {@link org.oncotriage.language.ConversationLanguage} sums up a
 * conversation: the patient side's language and whether it is served ({@link
 * org.oncotriage.language.ServedLanguages}: English and Spanish).
 */
package org.oncotriage.language;
