package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Terse physician-level and urgent requests (three to ten words), so that short messages occur in
 * every label and length alone does not tell it; the administrative and nursing terse intents live
 * beside their longer siblings.
 */
final class TerseIntents {

  private TerseIntents() {}

  static List<Intent> all() {
    return List.of(
        Intent.of(
            "md.terse_new_problem",
            "new_symptom",
            Need.medical(true),
            "new lump {in my neck|under my arm|in my groin}{|, should I worry}",
            "{can we|can I} lower the dose? {too tired|can't function}",
            "{what does|what do} the new {scan|CT} results mean? {nobody called|haven't heard}",
            "{my|the} {tumor marker|CEA|PSA} went up{| again}, what now?",
            "{pain|hip pain} {getting worse|worse every week}, {new spot|tylenol not touching it}?"),
        Intent.of(
            "md.terse_other",
            "refill_controlled",
            Need.medical(false),
            "{need|pls refill} my {oxycodone|oxy|lorazepam|Ativan} {refill|}{| pls}",
            "refill {norco|dilaudid|xanax} {please|pls}, same dose"),
        Intent.chemo(
            "redflag.fever.terse",
            "red_flag",
            Need.redFlag(),
            "{temp|fever} {101.3|101.8|38.6|102} {and chills|right now}{|, on chemo}",
            "{fever|temp} {101.2|100.9|38.4} day {8|9|10} after chemo",
            "shaking chills {now|tonight}, {chemo|infusion} was {last week|$pastdate}"),
        Intent.of(
            "redflag.terse.present",
            "red_flag",
            Need.redFlag(),
            "{can't|cant} catch my breath {now|since this morning}",
            "chest pain {right now|since an hour ago}{|, what do i do}",
            "{calf|left leg} swollen and {painful|hurts} {today|since yesterday}"));
  }
}
