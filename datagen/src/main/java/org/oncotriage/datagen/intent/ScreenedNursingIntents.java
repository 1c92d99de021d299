package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Nursing intents that read more serious than they are: low-grade temperatures under the fever
 * threshold, symptoms that are already gone, results already explained or normal, safety and
 * administration protocols, over-the-counter help for expected effects, hospice intake after a
 * decision already made, questions the education binder answers, and the reassuring answers a
 * patient gives to the clinic's screening questions ({@link #ANSWER_CATEGORY}).
 */
public final class ScreenedNursingIntents {

  /** The category of answers to a clinic screening question; they follow a screening reply. */
  public static final String ANSWER_CATEGORY = "screen_answer";

  private ScreenedNursingIntents() {}

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn." + name, category, Need.nursing(), phrasings);
  }

  private static Intent chemo(String name, String category, String... phrasings) {
    return Intent.chemo("rn." + name, category, Need.nursing(), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        Intent.of(
            "screen.answer",
            ANSWER_CATEGORY,
            Need.nursing(),
            "{No|Nope|No,} none of those{| thankfully|, just what I described}.",
            "{Not dizzy|No dizziness}, {drinking fine|drinking plenty of water|keeping fluids down}{, peeing normally|}.",
            "About {2|two|3} more than my usual{| a day}, no blood{| and no cramping}.",
            "{It was|Temp was} {99.3|99.1|99.6|37.4|37.6} when I rechecked{| an hour later}{| and I feel ok}.",
            "No fever, no chills, {eating ok|appetite is fine}{|, just tired}.",
            "{No|None}. {Breathing is fine|No shortness of breath}, {no chest pain|nothing like that}, just {the|this} {side effect|thing I mentioned}.",
            "{Yes|Yep} taking the $antiemetic {as prescribed|every 8 hours} and it {helps|works}. {No vomiting|Kept everything down} {today|since this morning}.",
            "{No redness|Not red}, no {pus|drainage}, {temp normal|no fever}{|, just a little sore}.",
            "{Been|It's been} about {2 days|since Tuesday|a day}, {not getting worse|staying the same|already a bit better}.",
            "no to all{| of those}, {feeling ok otherwise|otherwise fine}",
            "Threw up {once|one time} this morning, {nothing since|kept down toast and water since}. {Peeing fine|Urine is light yellow}, {no fever|temp 98.{2|7}}.",
            "{Only lightheaded|A little lightheaded} if I stand up fast, {gone right away|fine after a second}. {Drinking 6 glasses|Drinking about 2 liters} a day{| and eating small meals}.",
            "{$Who|He|She} {is|was} not dizzy, {drinking fine|finished a bottle of Gatorade}, {temp was 99.{0|2|4}|no fever}{| when we rechecked}.",
            "{Checked|Rechecked} {it|temp} {twice|again}: {99.0 and 99.2|98.9|37.3}. {No chills|Feel normal}. {Ok|Thanks}!",
            "{Urine is normal|Peeing normally}, {no blood in the stool|stools are normal color}, {no fever|temp 98.{4|6|9}}."),
        chemo(
            "lowgrade_temp",
            "side_effect_mild",
            "$my temp {is|was} $lowtemp {this afternoon|after lunch|tonight|on $dayafter}{| on $regimen}. {No chills|No shaking}, {feel ok|just tired}. {Do I just keep checking|What should I watch for|Is that a fever}?",
            "{Slight|Low grade} temp of $lowtemp {today|this evening}{|, $cycle was $pastdate}. {I know the number to call for is 100.4|The sheet says call at 100.4}, {just want to know if I should take tylenol|how often should I recheck}?",
            "$Who {is|was} running $lowtemp {since this morning|off and on today}, {no chills|eating and drinking}{|, feels fine otherwise}. Under the {fever number|100.4} so {ok to watch it|what do we do}?",
            "temp $lowtemp {after chemo|on $dayafter}, {feel fine|no chills}, {recheck|keep watching}?"),
        rn(
            "resolved_symptom",
            "side_effect_mild",
            "{The|My} {nausea|headache|rash|mouth sore|diarrhea} I {had|mentioned} {after $cycle|last week|on $pastdate} is {completely gone|all better|gone now}. {Quick question|Small question}: {can I go back to my normal diet|is it ok to stop the $antiemetic|can I use regular toothpaste again}?",
            "{Last week|Over the weekend} $I had {some loose stools|a low grade temp|a little nausea} but {that's resolved|that's gone|it went away on its own}. {Unrelated|Different question}, {can I get a flu shot before $cycle|is it ok to swim in a pool|can I take melatonin to sleep}?",
            "{Good news|Update}: the {itchy rash|soreness|tingling in my lips} {went away|cleared up} {after a few days|by itself}. {Should I keep using the cream|Do I still need the lotion}?"),
        rn(
            "explained_result_wording",
            "result_explained",
            "$dr {already|} {went over|explained} {the PET|my scan|the pathology|my bone marrow results} {at my visit|on $pastdate} - {{complete response|stable disease|nodes were clear|MRD negative}, which is wonderful}. {The report says|On the portal it says} {'Deauville 2'|'no evidence of metabolically active disease'|'0 of 14 lymph nodes'|'below the limit of detection'}. {What does that wording mean|Can someone explain that phrase}?",
            "{My|$whos} {blood work|CT report|echo} {just posted|came up on the portal} and {nothing is flagged|it says normal|everything is in range}. {Just confirming that's good|Is there anything I should know}?",
            "We talked about the {MRD negative|clear margins|stable PET} result with $dr {last week|on $pastdate}. {What does 'stable' mean on the report exactly|The report uses the word 'unremarkable', is that normal}?"),
        rn(
            "administration_protocol",
            "medication_instructions",
            "{Starting|I start} pemetrexed {next week|on $date}. {How many days before do I start|When do I start} the {folic acid|B12 shot|vitamin B12 and folic acid}{| and do I need the shot here}?",
            "{After|For} {the|my} BCG {treatment|instillation} {how long do I hold it|do I hold it for 2 hours}{| and when can I start drinking again}? {And what do I do with the toilet after|Do I bleach the toilet}?",
            "What's the {max|most} tylenol I can take in a day {while on|with} {$drug|my chemo|$regimen}{| for aches}?",
            "{For|During} the {48 hours|2 days} after chemo {at home|}, {do I need to flush twice|should my family use a different bathroom|how do I wash my sheets}? {The binder mentions body fluid precautions|I want to keep my kids safe}.",
            "{Is it safe to|Can I} get a {pedicure|manicure|gel nails} {during|while on} $regimen{| next week}?",
            "{Can I have|Is it ok to have} {a glass of wine|a beer|a drink} {on|with} {osimertinib|Tagrisso|palbociclib|Ibrance|capecitabine|$drug} {at a wedding|on the weekend|with dinner}?"),
        rn(
            "otc_side_effect",
            "side_effect_mild",
            "{Vaginal dryness|Dryness down there} since starting {anastrozole|letrozole|exemestane|my aromatase inhibitor}. {What over the counter product|Which moisturizer} {is ok to use|do you recommend}?",
            "{Dry mouth|Thick saliva|Sticky spit} {since|after} {head and neck radiation|radiation to my throat}. {What rinse or spray helps|Is Biotene ok|Any over the counter stuff}?",
            "{Mild|A little} {redness and peeling|tenderness} on my {palms|hands and feet} on capecitabine{| $cycle}, {can still walk fine|no blisters}. {Which cream|Is urea cream ok}?",
            "{My eyes water|Watery eyes} {all the time|a lot} {on|since} pemetrexed. {Any drops I can buy|Is that normal}?",
            "My eyelashes are {getting long and curly|growing weird} on {erlotinib|osimertinib|Tagrisso|my EGFR pill}. {Can I trim them|Is that normal}?",
            "{Bone pain|Achy hips and back} after the {Neulasta|pegfilgrastim} shot{| again}. {Claritin helped last time|$nurse said loratadine helps} - {same dose|how long should I take it}?",
            "{Loose stools|Diarrhea} {$stoolslow times|3 times|4 times} today on $regimen, {no fever|not dizzy|drinking ok}, {no blood|nothing else}. {Ok to take imodium|How much loperamide}?",
            "{Haven't gone|No BM} in {3 days|a couple days} {even with|on} $bowel. {Which laxative do I add|Miralax or senna next}?"),
        rn(
            "hospice_intake",
            "coordination",
            "{We decided with $dr|After talking with $dr} {last week|on $pastdate} to {start hospice|go with home hospice|stop treatment and do comfort care}. {The hospice nurse|The intake person} {needs the orders|asked for the med list|is coming $date} - {can you send them|who do they call}?",
            "{Home health|The visiting nurse} {is asking for|needs} {wound care orders|the port flush orders|a copy of $my meds} {for|to start} {$date|this week}. Can the nurse {coordinate|call them}?"),
        rn(
            "binder_question",
            "red_flag_question",
            "The {binder|education packet|chemo teaching folder} says to call for a fever. {What counts as a fever|What number counts}{| exactly}? {I'm fine right now|No fever now}.",
            "{My packet|The binder} says {call if I have mouth sores|watch for signs of infection|avoid crowds} - {what does that mean day to day|how strict is that}? {Nothing wrong now|Just asking}.",
            "{The teaching sheet|The education binder} {says|lists} {avoid grapefruit|no raw sushi|use a soft toothbrush}{| on $regimen}. {Does that also mean|What about} {orange juice|deli meat|flossing}?"),
        rn(
            "terse_lowrisk",
            "side_effect_mild",
            "temp $lowtemp, no chills, recheck?",
            "{nausea|diarrhea} {gone now|resolved}, ok to stop {meds|imodium}?",
            "max tylenol per day?",
            "ok to get a pedicure on chemo?",
            "{biotene|claritin} ok?"));
  }
}
