package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Level-neutral answers a patient gives to the clinic's screening questions: denials and normal
 * readings that carry no need of their own. They follow a screening reply in threads of every
 * level, so that a screened exchange never tells the label; the thread's other intents decide it.
 */
public final class ScreeningAnswers {

  /** The category of level-neutral screening answers; they follow a screening reply. */
  public static final String ANSWER_CATEGORY = "screen_answer_any";

  private ScreeningAnswers() {}

  static List<Intent> all() {
    return List.of(
        Intent.of(
            "screen.answer_neutral",
            ANSWER_CATEGORY,
            Need.administrative(),
            "{No|Nope}, none of {those|that}. {Just|Only} {what I wrote|the thing I described}.",
            "{Temp|Temperature} {is|was} {98.2|97.9|98.6|36.8} {when I checked|this morning}. {No|Not having} {trouble breathing|chest pain}.",
            "{No to all|None of those}{, thanks for asking|}. {Eating and drinking|Drinking} {ok|normally}.",
            "{Checked|I checked} {it|my temp} {just now|again}: {98.4|98.0|36.7}. {Otherwise the same|Nothing else new}.",
            "no{| none}, {feel ok|doing ok} {otherwise|apart from that}",
            "{I'm|$Im} {fine|ok} on those{| questions}. {It's just|It is only} the {issue|question} {in my first message|I asked about}."));
  }
}
