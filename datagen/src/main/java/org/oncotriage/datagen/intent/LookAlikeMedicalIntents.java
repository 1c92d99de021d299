package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Conversations that open like an administrative request but carry a physician need: a printout
 * request that mentions an unexplained low platelet count, a new dark spot near a prior melanoma, a
 * new medicine from another doctor, and a swollen sore calf mentioned in passing (urgent). They
 * keep the model from learning that administrative openings mean a medical assistant.
 */
final class LookAlikeMedicalIntents {

  private LookAlikeMedicalIntents() {}

  private static Intent md(String name, String category, String... phrasings) {
    return Intent.of("md." + name, category, Need.medical(true), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        md(
            "printout_low_platelets",
            "abnormal_result",
            "{Can you print|Could you mail me} $my {lab results|labs from $pastdate} for my {files|binder}? {Also|By the way} the platelets {say|show} {62|48|71|55} and {are flagged low|have an L next to them}{| - nobody has mentioned it yet}. {Is that a problem|What does that mean for $cycle}?",
            "{Please send|Need} a copy of $my {blood work|CBC} {for my records|to my PCP}. I {noticed|saw} platelets {dropped to|were} {58|64|49} {this time|from 180 last month}, {no one explained it|haven't talked to anyone about it}."),
        md(
            "new_spot_melanoma",
            "new_symptom",
            "{Can I|I'd like to} {schedule|book} a skin check{| sooner}? There's a new {dark|black|irregular} {spot|mole} {about an inch from|near|next to} {my old melanoma scar|where my melanoma was removed} that {wasn't there in the spring|has grown in a month|bleeds a little when I towel off}.",
            "{Appointment request|Need an appointment}: {new|a new} {dark spot|changing mole} {near|by} $my {melanoma site|prior melanoma} {on my back|on my arm}{|, it's darker than my other moles}."),
        md(
            "new_med_interaction",
            "drug_interaction",
            "{Just updating my med list|For my chart}: {my cardiologist|my PCP|the urgent care doctor} {started me on|prescribed} {amiodarone|clarithromycin|fluconazole|St. John's wort|warfarin|diltiazem} {yesterday|last week}. {Is that ok with|Does that interact with} {$drug|my chemo|$regimen}? {Should I start it|I haven't started it yet}?",
            "{New medicine from another doctor|Another doctor gave me a new pill}: {carbamazepine|ketoconazole|a new blood thinner}. {Does it mix with|Can I take it on} {$drug|$regimen}?"),
        Intent.of(
            "redflag.calf_in_admin",
            "red_flag",
            Need.redFlag(),
            "{Can I move|Need to reschedule} $my {labs|appointment} {on $date|tomorrow}? {Also|Oh and} my {right|left} calf is {swollen and sore|swollen, warm and painful} {since yesterday|today}{| and it hurts to walk}.",
            "{Confirming $date|See you $date}. {By the way|Side note}, my {left|right} {leg|calf} {has been swollen and tender|is puffy and painful} {since last night|for a day}{| and is bigger than the other one}."));
  }
}
