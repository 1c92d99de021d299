package org.oncotriage.datagen.compose;

import java.util.List;
import org.oncotriage.datagen.template.Template;

/**
 * Clinical background sentences that patients and caregivers add whatever they are asking: the
 * regimen, cycle and day, home medicines, normal lab numbers, scan dates, diagnosis and stage, the
 * care team, earlier treatment, a dose already changed at the last visit. They carry no need and no
 * red-flag word, and the composer adds them at the same rate to every label, so clinical detail
 * alone never tells the label. Stateless.
 */
final class ClinicalBackground {

  private ClinicalBackground() {}

  private static final String HOME_MED =
      "{metformin|lisinopril|atorvastatin|levothyroxine|Eliquis|amlodipine|omeprazole|Xarelto|metoprolol|a baby aspirin|warfarin|sertraline|gabapentin|losartan|insulin at night|vitamin D}";
  private static final String ORAL =
      "{osimertinib|Tagrisso|palbociclib|Ibrance|abemaciclib|Verzenio|capecitabine|Xeloda|olaparib|Lynparza|ibrutinib|Imbruvica|acalabrutinib|zanubrutinib|letrozole|anastrozole|tamoxifen|enzalutamide|abiraterone|lenvatinib}";
  private static final String SURGEON =
      "{Dr. Alvarez|Dr. Kim|Dr. Okafor|Dr. Brennan|Dr. Shah|Dr. Morales|Dr. Whitfield}";

  static final List<Template> SENTENCES =
      Template.all(
          "$Im on $regimen for $cancer, {now on|currently} $cycle{|, day {3|5|8|10|12|15}}.",
          "{Background|For background|Some background}: {stage {I|II|IIA|IIB|III|IIIA|IIIC|IV}|} $cancer, diagnosed {last year|in the spring|in 2023|two years ago|in January}{|, treated with $regimen}.",
          "$my other {meds|medicines|home meds} are " + HOME_MED + " and " + HOME_MED + ".",
          "$I also take$s "
              + HOME_MED
              + "{| every morning| twice a day| at night} for {diabetes|blood pressure|cholesterol|thyroid|afib|my heart|mood}.",
          "$I take$s $antiemetic {as needed|before meals|the first 3 days after $chemo} and $bowel {at night|every day|most days}.",
          "{Labs|$my labs|Bloodwork|CBC} on $pastdate {were|looked} {normal|fine|all in range}{|: WBC {5.2|6.1|4.8|7.0}, hemoglobin {12.4|11.9|13.1|12.8}, platelets {210|188|245|262}{|, ANC {3.1|2.8|4.0}}}.",
          "$dr {lowered|reduced|adjusted} $my $drug dose at the last visit{| and that has been going ok| and we got the new prescription}.",
          "$dr {already|} {changed|switched} $my {schedule|infusions} {last visit|on $pastdate}{|, so now it's every 3 weeks|, so now it's every other week}.",
          "$dr {already|} {lowered|cut} $my dose {last visit|on $pastdate}{|, so $Im on the lower strength now}.",
          "$my last $scan was {on $pastdate|in March|in the fall|a month ago}{| and the next one is $date| and $dr went over it}.",
          "$my next $scan is {$date|next month|in 6 weeks}.",
          "$I had surgery with "
              + SURGEON
              + " {in the spring|last fall|in January|last year|in 2023}{|, then radiation|, then chemo}.",
          "{Before|Prior to} $regimen $I {was on|had} {FOLFOX|carboplatin and paclitaxel|AC|radiation|a clinical trial|hormone pills|pembrolizumab} {for about a year|for six months|back in 2022}.",
          "$my oncologist is $dr{| and $my nurse is $nurse}{| at $place}.",
          "{$Im|$Im currently} on "
              + ORAL
              + " {daily|once a day|twice a day|21 days on, 7 off}{| since $pastdate}.",
          "$I got $my port placed {in January|$pastdate|before the first cycle|last month}.",
          "{$my weight|Weight} {is|has been} {stable|steady} around {142|128|168|185|201} {lbs|pounds}.",
          "$I {check$s|track$s} $my {sugars|blood pressure|weight} every morning and it's been {normal|good|ok}.",
          "{Allergies|$Im allergic to|Allergic to} {penicillin|sulfa|codeine|iodine contrast (premedicated)|latex}.",
          "{Also|And} $I get$s {Zometa|Xgeva|Neulasta|Udenyca|Lupron} {every 4 weeks|after each cycle|every 3 months}.",
          "{Cycle |C}{2|3|4|5|6} day 1 is $date{| with $dr}.");
}
