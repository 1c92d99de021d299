package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Protocol-driven nursing intents written with the clinical detail real messages carry (the drug,
 * the cycle, the supportive medicines, normal numbers, a dose already changed): procedure
 * preparation, how to take a prescribed medicine, side effects the prescribed plan manages, normal
 * or already explained results, expected mild effects, hypothetical fever questions, supportive
 * refills and pharmacy logistics after a dose change that was already made.
 */
final class DetailedNursingIntents {

  private DetailedNursingIntents() {}

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn." + name, category, Need.nursing(), phrasings);
  }

  private static final String ORAL =
      "{osimertinib|Tagrisso|palbociclib|Ibrance|abemaciclib|Verzenio|capecitabine|Xeloda|olaparib|Lynparza|lenvatinib|abiraterone|enzalutamide|$drug}";
  private static final String BTK =
      "{ibrutinib|Imbruvica|acalabrutinib|Calquence|zanubrutinib|Brukinsa}";

  static List<Intent> all() {
    return List.of(
        rn(
            "prep_contrast",
            "procedure_prep",
            "$Ive got a CT with contrast {on $date|next week|tomorrow morning}. {The instructions say|The sheet says|$nurse said} to hold metformin {for 48 hours after|the day of the scan}{| - is that still right| - just confirming}? {Also can I eat breakfast|How long do I fast before}?",
            "{Port removal|$my port removal|The port out procedure} is $date with {Dr. Kim|the surgeon|IR}. {The paper says|They told me} to stop {Eliquis|Xarelto|warfarin|my blood thinner} {2 days|3 days|5 days} before. {Is that per your instructions too|Does $dr agree with that timing|Just making sure I have the days right}?",
            "{For|Before} the PET scan on $date {do I|does $Who} {fast 6 hours|skip breakfast|avoid sugar}? $I take$s metformin and insulin{| at night}, {what do I do with those that morning|per the sheet do I skip them}?",
            "{MRI|Bone scan|Echo|MUGA scan} {on $date|next week} before {cycle|C}{2|3|5}: {any prep|do I need to fast|can I take my morning pills first}?"),
        rn(
            "dex_timing",
            "medication_instructions",
            "$I take$s {dexamethasone|dex|the steroid} {the day before and 2 days after|with} $chemo and {can't sleep|is up all night|was wide awake till 3am}. {Can I|Can $I} take it {earlier in the day|all in the morning|with breakfast instead of at night}?",
            "{The dex|Dexamethasone} {keeps me up|gives me insomnia}{| on $cycle}. {What time should I take it|Is morning ok}? $dr prescribed 4 mg twice a day."),
        rn(
            "oral_food",
            "medication_instructions",
            "{Should|Do} $I take "
                + ORAL
                + " with food or on an empty stomach? {The bottle says one thing and the handout another|I forgot what the pharmacist said|$Ive been taking it with breakfast}.",
            "The "
                + ORAL
                + " capsules are {huge|really big} and $I $have trouble swallowing them. {Can they be opened|Any tips|Can I take them with applesauce}? {Same dose|Same prescription}, just {the how|the swallowing}.",
            "{Is it ok|Can I} take "
                + ORAL
                + " {at night instead of morning|2 hours after dinner|with my other pills}{| on $cycle}?"),
        rn(
            "managed_side_effect",
            "side_effect_mild",
            "{The nausea|Nausea} after $cycle is {much better|under control|manageable} with the $antiemetic {like you said|every 8 hours}. {Should I keep taking it|How many more days do I need it|Ok to stop once I feel fine}?",
            "{Constipation|The constipation} from the $antiemetic is {better now|improving} with $bowel {twice a day|at night}. {Is it ok to keep taking it|Should I cut back now}?",
            "{Mouth sores|My mouth} {are|is} {healing|better} with the {magic mouthwash|salt and baking soda rinse}{| on $regimen}. {Keep rinsing 4 times a day|Can I stop}?"),
        rn(
            "normal_lab",
            "result_explained",
            "{My|$whos} CBC from $pastdate: WBC {5.4|6.2|4.9}, hemoglobin {12.6|13.0|12.1}, platelets {198|231|254}. {Those are normal right|All good for $cycle|Just want to confirm these are ok}?",
            "{Labs|My labs} {posted|came back} {today|this morning}, {nothing flagged|all in range}{| including the liver and kidney numbers}. {Am I still ok for $chemo $date|Just confirming nothing to worry about}?"),
        rn(
            "report_wording",
            "result_explained",
            "$dr {called|told us} {the $scan looked good|the scan was clear|there was no evidence of disease} {yesterday|at the visit}{|, great news}. {I read the report|The report on the portal} {says|mentions} {'no FDG avid lesions'|'stable post treatment changes'|'unremarkable'|'no new findings'}. {That means the same thing right|Just double checking the wording}?",
            "We already {went over|discussed} the {biopsy|pathology|$scan} with $dr and it's {benign|good news}. What does {'benign reactive'|'negative margins'|'no residual'} in the report mean {exactly|in plain words}?"),
        rn(
            "stable_neuropathy",
            "side_effect_mild",
            "The tingling in my {fingertips|toes|feet} from $chemo is {the same|still mild|no worse} {as last cycle|since $pastdate}{|, $dr knows about it}. {Anything I can do at home|Is the gabapentin ok to keep using|Should I wear gloves for cold things}?",
            "{Mild|Some} numbness in {my|$whos} toes, {stable for months|not getting worse}, {able to walk fine|no trouble with buttons}. {Tips|Any creams that help}?"),
        rn(
            "hair_loss",
            "side_effect_mild",
            "$my hair is {thinning|coming out in the shower|falling out in clumps} {on|with} $regimen{| like you said it would}. {Do you have a wig prescription|Where do I get a cranial prosthesis letter|Any tips}?",
            "{Does the clinic have|Can I use} cold caps {for|during} {$regimen|my infusions}? {My friend used Paxman|I'm worried about losing my hair}."),
        rn(
            "injection_lump",
            "side_effect_mild",
            "{There's|I have} a small {lump|hard spot|bump} where {I got|they gave} the {Neulasta|Xgeva|Lupron|Zoladex|Fulvestrant|Faslodex} shot{| yesterday| on $pastdate}, {not red|no redness}, {a little tender|not warm}. {Normal|Is that ok}?",
            "$my {belly|arm|hip} has a {pea sized|small} knot from the {Neulasta|Lupron|Zoladex|injection} {on $pastdate|last cycle}. No redness or warmth, {getting smaller|about the same}. {Warm compress ok|Anything to do}?"),
        rn(
            "bruising_btk",
            "side_effect_mild",
            "$Im on "
                + BTK
                + " and bruise {so easily|from bumping anything} now, {small purple marks on my arms|bruises on my shins}. No {nosebleeds|gum problems}, nothing else. {Is that expected|Anything to do}?",
            "Easy bruising on "
                + BTK
                + "{| since $pastdate}, nothing {else|more than that}, no cuts that won't stop. {$dr said it can happen|Just fyi or should I do something}?"),
        rn(
            "radiation_soreness",
            "side_effect_mild",
            "{Week {3|4|5} of radiation|Halfway through radiation}: $my {skin is pink and itchy|throat is sore when swallowing|chest skin looks sunburned}, {the radiation team said that might happen|like they warned}. {What cream|Which rinse|Is aquaphor ok}?",
            "{Mild|A bit of} {redness|soreness} {in the radiation area|in my throat} from radiation, eating {soft foods ok|ok}. {Anything else I should use|Keep doing the lotion}?"),
        rn(
            "port_dressing",
            "port_care",
            "The dressing over $my new port {is peeling off|came loose at one corner|is lifting}{| after the shower}. {Site looks fine|Skin looks normal}, no redness, no drainage{|, no fever}. {Should I tape it|Can I take it off|Do I need to come in}?",
            "{The|$my} port {bandage|tegaderm} {is coming off|got wet and is lifting}{| two days after placement}. {Incision looks clean|Everything under it looks fine}, {no swelling|not red}{|, temp normal}. {Replace it or leave it open|Do I need a new one}?"),
        rn(
            "urine_smell",
            "side_effect_mild",
            "$my urine smells {odd|strong|like medicine|kind of chemical} since $chemo, {no burning|no pain when I pee}, {no fever|temp is normal}. {Is that from the drugs|Drink more water}?",
            "{Weird|Funny|Strong} smell to $my {pee|urine} {since $cycle|after the infusion}, {color is normal|no blood in it}, {doesn't hurt|no burning}. {Is that the chemo coming out|Anything to do}?"),
        rn(
            "when_to_call",
            "red_flag_question",
            "{Just so I know|Hypothetically|For the future}, what temperature should I call about{| on $regimen}? And {do I go to the ER or call you first|should I call first or just go in}? {I feel fine right now|Nothing going on, just want the plan}.",
            "If $I ever get a {fever|temp} {at night|on the weekend}, {do we call the after hours line or go to the ER|who do we call}? {Right now all good|No symptoms now}."),
        rn(
            "drive_radiation",
            "self_care",
            "{Is it safe|Is it ok} {for me|for $me} to drive {myself|} to radiation {every day|on my own}{| while on $antiemetic}? {No side effects so far|I feel ok}.",
            "{Can|May} $I drive to {radiation|$my radiation appointments} {$myself|alone} {or|} {does someone need to take me|do I need a driver}? {Only|Just} {a little tired|some skin redness} so far."),
        rn(
            "nonnative_refill",
            "refill_supportive",
            "{Hello|Hi}, I am {daughter|son} of $pname. {My mother|My father} need more {medicine for vomit|the nausea pill|$antiemetic} and {the stool softener|$bowel}, {finish|is finish} {soon|in two days}. Please send to $pharmacy. Thank you very much.",
            "{Please|Pls} refill {for|of} {my mother|my father|my husband} the {$antiemetic|mouth wash|$bowel}. {Is almost finish|Only few left}. {Same pharmacy|$pharmacy} please."),
        rn(
            "shipping_dose_changed",
            "coordination",
            "$dr {lowered|changed} $my {$drug|"
                + ORAL
                + "} dose {at the last visit|on $pastdate} but {the specialty pharmacy|$pharmacy} {shipped|is sending} the old strength{| again}. {Can someone call them with the new script|Can the nurse fix the order}? {I have enough for 3 days|Running out Friday}."),
        rn(
            "terse_side_effect",
            "side_effect_mild",
            "{nausea|queasy} {better|ok} with $antiemetic, keep taking?",
            "{mild|some} constipation, {ok to|can I} double $bowel?",
            "{hair|Hair} {thinning|coming out}, cold cap info?",
            "{tired|fatigue} after {chemo|$cycle}, normal?",
            "{little|small} bruise at {shot|injection} site, normal?"),
        rn(
            "terse",
            "medication_instructions",
            "ok to take $antiemetic with food?",
            "{port|Port} dressing peeling, no redness",
            "{normal labs|labs normal} right?",
            "when do i stop dex",
            "{hair|Hair} coming out, cold cap info?"));
  }
}
