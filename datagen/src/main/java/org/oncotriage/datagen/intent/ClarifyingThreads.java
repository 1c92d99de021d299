package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.datagen.template.Template;
import org.oncotriage.policy.Need;

/**
 * Threads whose level is decided by the patient's answer to one clinic question, written as minimal
 * pairs: the same opening, the same clinic question, and answers that differ only in the decisive
 * fact. A report-term question is nursing when the physician already explained the result and
 * billable physician work when nobody has; a question about what to hold before a procedure is
 * nursing when only a diabetes medicine or blood thinner is on the instruction sheet and a
 * physician decision when it is an oral cancer drug; an unnamed refill is nursing for a same-dose
 * supportive medicine, physician (not billable) for a same-dose controlled one, and billable for a
 * higher dose; a mild diarrhea report is urgent when the screening answer gives six or more stools
 * or dizziness, and nursing when it gives three or four without red flags. Openings and answers
 * carry their own needs, so the labels still come from {@link org.oncotriage.policy.LabelPolicy};
 * they are kept out of the standalone pools by their categories. Stateless and thread-safe.
 */
public final class ClarifyingThreads {

  /** Category prefix of the openings and answers; the catalog keeps them out of other pools. */
  public static final String PREFIX = "clarify_";

  static final String RESULT = PREFIX + "result";
  static final String HOLD = PREFIX + "hold";
  static final String REFILL = PREFIX + "refill";

  /** Category of answers to the clinic's screening questions about diarrhea. */
  public static final String DIARRHEA_SCREEN_ANSWER = "screen_answer_diarrhea";

  /** The opening and the answers of one topic, from lowest to highest need. */
  record Topic(String category, Intent opening, List<Intent> answers) {}

  private ClarifyingThreads() {}

  private static final String ORAL_DRUG =
      "{capecitabine|Xeloda|olaparib|lenvatinib|cabozantinib|osimertinib|palbociclib|abemaciclib|lenalidomide|$drug}";

  static final Intent RESULT_OPENING =
      Intent.of(
          "open.report_term",
          RESULT,
          Need.nursing(),
          "{What does|Can someone explain what} "
              + BoundaryNursingIntents.REPORT_TERM
              + " {mean|means} {in|on} $my {$scan|pathology|bone marrow} report?",
          "{Reading|I'm reading} $my {report|results} {in the portal|on the app} and {it says|there's a line that says} "
              + BoundaryNursingIntents.REPORT_TERM
              + ". {Not sure what that is|What is that}?",
          "what is " + BoundaryNursingIntents.REPORT_TERM + " on {my|the} report");

  static final Intent RESULT_EXPLAINED =
      Intent.of(
          "answer.result_explained",
          RESULT,
          Need.nursing(),
          "{Yes|Yep}, $dr {went over it|explained it} {at the visit|on the phone} and said {it's stable|it was good news|nothing changed}. {I just didn't catch that word|I only want the term explained}.",
          "{Yes we did|We did}, $pastdate. {She|He|The doctor} said {it looks fine|no change|it's clear}.",
          "yes {dr|doc} {said|told us} it was {fine|ok|stable}, just the word");

  static final Intent RESULT_NOT_DISCUSSED =
      Intent.of(
          "answer.result_not_discussed",
          RESULT,
          Need.medical(true),
          "{No|Not yet}, {nobody has gone over it|it just posted} and {the next visit is weeks away|I haven't heard from anyone}. {I'd like to know what it means for the plan|Is it bad}?",
          "{No we haven't|We haven't}, it came out {this morning|yesterday}. {She|He|The doctor} hasn't {seen it|called} yet.",
          "no {one|nobody} {explained|has called}, just posted");

  static final Intent HOLD_OPENING =
      Intent.of(
          "open.hold_before_procedure",
          HOLD,
          Need.nursing(),
          "{Do I need to stop|Should I hold} any of $my {medicines|pills} before the {CT with contrast|biopsy|port placement|colonoscopy} {on $date|next week}?",
          "{The|My} {scan|procedure} is {$date|next week}. {Which of my pills do I skip|Anything I should stop beforehand}?",
          "{hold|stop} any meds before {ct|biopsy|procedure} {$date|next wk}?");

  static final Intent HOLD_PER_SHEET =
      Intent.of(
          "answer.hold_per_sheet",
          HOLD,
          Need.nursing(),
          "{Just|Only} {metformin|Eliquis|Xarelto|my diabetes pill|the blood thinner} {and|-} the sheet says {48 hours|2 days|the morning of}. {Confirming that's right|Just want to be sure}.",
          "{Yes|Got it}, {the instruction sheet|the letter} lists {metformin|Eliquis} {so I'll follow that|and that's the only one I take}.",
          "just {metformin|eliquis}, sheet says {48 hrs|2 days}");

  static final Intent HOLD_CANCER_DRUG =
      Intent.of(
          "answer.hold_cancer_drug",
          HOLD,
          Need.medical(true),
          "{Just|Only} "
              + ORAL_DRUG
              + " {and|-} the sheet {says nothing about it|doesn't mention it}. {Do I stop it|Should I skip it that day}?",
          "{Yes|Got it}, {the instruction sheet|the letter} {lists|covers} {metformin|Eliquis} but {not|nothing about} "
              + ORAL_DRUG
              + ". {Need $dr to decide|What does $dr want}?",
          "just " + ORAL_DRUG + ", sheet doesn't say. stop it?");

  static final Intent REFILL_OPENING =
      Intent.of(
          "open.refill",
          REFILL,
          Need.administrative(),
          "{Can I get|I need} a refill {before $cycle|this week|before the weekend}{| please}?",
          "{Almost out of|Running low on} one of $my {medicines|prescriptions}. {Can you send a refill|Refill please}?",
          "refill {pls|please} {before $cycle|this wk}");

  static final Intent REFILL_SUPPORTIVE =
      Intent.of(
          "answer.refill_supportive_same",
          REFILL,
          Need.nursing(),
          "{The|It's the} " + BoundaryNursingIntents.SUPPORTIVE_RX + ", same dose{| as before}.",
          BoundaryNursingIntents.SUPPORTIVE_RX
              + ", {no change|same strength}{| to $pharmacy}. {Thanks|Thank you}.");

  static final Intent REFILL_CONTROLLED =
      Intent.of(
          "answer.refill_controlled_same",
          REFILL,
          Need.medical(false),
          "{The|It's the} {lorazepam|Ativan|oxycodone|$opioid|clonazepam}, same dose{| as before}.",
          "{lorazepam|Ativan|$opioid}, {no change|same strength}{| to $pharmacy}. {Thanks|Thank you}.");

  static final Intent REFILL_HIGHER =
      Intent.of(
          "answer.refill_higher_dose",
          REFILL,
          Need.medical(true),
          "{The|It's the} {olanzapine|Zofran|prochlorperazine|Miralax}, but {a higher dose|the stronger one} {please|if possible}, the current one {isn't enough|wears off too soon}.",
          "{olanzapine|Zofran|compazine}, {can it go up|need a bigger dose}, {not holding the nausea|not lasting}.");

  static final Intent DIARRHEA_OPENING =
      Intent.chemo(
          "open.diarrhea",
          PREFIX + "diarrhea_opening",
          Need.nursing(),
          "{Loose stools|Diarrhea|The runs} {started|since} {yesterday|this morning} on {capecitabine|irinotecan|$drug|immunotherapy}. {When do I start the imodium|How much loperamide do I take}?",
          "{Having|$Ive had} {some|a bit of} diarrhea {today|since $dayafter}{| after $cycle}. {Is that expected|What should I do}?",
          "diarrhea {today|since yesterday} on {xeloda|$drug}, imodium?");

  static final Intent DIARRHEA_MILD_ANSWER =
      Intent.of(
          "answer.diarrhea_mild",
          DIARRHEA_SCREEN_ANSWER,
          Need.nursing(),
          "{About|Maybe} {3|4|three} {today|so far}, {no blood|nothing black}. {Not dizzy|No dizziness}, {drinking fine|keeping fluids down}.",
          "{3|4} {loose stools|times} {today|since this morning}, {about 2 more than usual|a little more than normal}. {Temp normal|No fever}, {peeing fine|drinking ok}.",
          "{3|4} so far, no blood, not dizzy");

  static final Intent DIARRHEA_URGENT_ANSWER =
      Intent.of(
          "redflag.screen_answer.diarrhea",
          DIARRHEA_SCREEN_ANSWER,
          Need.redFlag(),
          "{Actually|Counting today} {it's been|it has been} $stoolshigh {loose stools|watery stools} {today|since this morning}, {way more than usual|much more than my normal}.",
          "{Yes|Yeah}, {I'm|$Im} {dizzy when I stand up|lightheaded walking to the bathroom} {with the diarrhea|since the diarrhea started}. {Drinking what I can|Trying to drink}.",
          "$stoolshigh loose stools {today|so far}, {and dizzy|a bit lightheaded}");

  /** Every intent of these threads, for the catalog. */
  static List<Intent> all() {
    return List.of(
        RESULT_OPENING,
        RESULT_EXPLAINED,
        RESULT_NOT_DISCUSSED,
        HOLD_OPENING,
        HOLD_PER_SHEET,
        HOLD_CANCER_DRUG,
        REFILL_OPENING,
        REFILL_SUPPORTIVE,
        REFILL_CONTROLLED,
        REFILL_HIGHER,
        DIARRHEA_OPENING,
        DIARRHEA_MILD_ANSWER,
        DIARRHEA_URGENT_ANSWER);
  }

  static final Topic RESULTS =
      new Topic(RESULT, RESULT_OPENING, List.of(RESULT_EXPLAINED, RESULT_NOT_DISCUSSED));
  static final Topic HOLDS =
      new Topic(HOLD, HOLD_OPENING, List.of(HOLD_PER_SHEET, HOLD_CANCER_DRUG));
  static final Topic DIARRHEA =
      new Topic(
          DIARRHEA_SCREEN_ANSWER,
          DIARRHEA_OPENING,
          List.of(DIARRHEA_MILD_ANSWER, DIARRHEA_URGENT_ANSWER));
  static final Topic REFILLS =
      new Topic(
          REFILL, REFILL_OPENING, List.of(REFILL_SUPPORTIVE, REFILL_CONTROLLED, REFILL_HIGHER));

  private static final List<Template> RESULT_QUESTIONS =
      Template.all(
          "{Happy to help|Sure}. Has $dr {already gone over|reviewed} {these results|this report} with you{| at a visit}?",
          "Did you {and $dr|and the doctor} {talk about|discuss} this {result|report} yet, or did it just post?");
  private static final List<Template> HOLD_QUESTIONS =
      Template.all(
          "Which {medicines|prescriptions} do you take, and {did you get|do you have} the {instruction sheet|prep letter} for it?",
          "{Can you|Could you} tell us which {medicines|pills} you're asking about? The {prep sheet covers|instructions cover} the usual ones.");
  private static final List<Template> REFILL_QUESTIONS =
      Template.all(
          "{Sure|Of course}, which {medicine|prescription} is it, and {is it|do you need} the same dose?",
          "Which {one|medication} do you need, and has the dose changed?");

  /**
   * The clinic's clarifying questions before an answer of category {@code category}, without the
   * greeting that the clinic reply puts before one.
   */
  public static List<Template> clinicQuestions(String category) {
    return switch (category) {
      case RESULT -> RESULT_QUESTIONS;
      case HOLD -> HOLD_QUESTIONS;
      case REFILL -> REFILL_QUESTIONS;
      default -> throw new IllegalArgumentException("no clarifying question for " + category);
    };
  }
}
