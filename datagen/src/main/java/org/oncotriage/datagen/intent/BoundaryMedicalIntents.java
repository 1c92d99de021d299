package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * The physician side of the minimal pairs in {@link BoundaryNursingIntents}: the same topics with
 * the decisive detail changed. A report term on a result nobody has gone over, or wording of new
 * disease; labs flagged abnormal and unexplained; whether to stop an oral cancer drug around a
 * procedure; a premedication that fails and needs changing; symptoms that persist after bladder
 * BCG; new pain that started with exercise; skipping or cutting an oral cancer drug; a new
 * antidepressant or supplement with therapy; a new symptom in remission; a controlled-substance
 * refill at the same dose (not billable) and a higher supportive-care dose; a growing lump away
 * from any injection site; a red, hot, spreading injection site; weight loss on head-and-neck
 * radiation; new daily headaches without steroids; moderate diarrhea on a kinase inhibitor with a
 * request to hold it; a new finding from an emergency visit; and severe diarrhea (urgent).
 */
final class BoundaryMedicalIntents {

  private BoundaryMedicalIntents() {}

  private static Intent md(String name, String category, boolean billable, String... phrasings) {
    return Intent.of("md." + name, category, Need.medical(billable), phrasings);
  }

  private static Intent mdChemo(
      String name, String category, boolean billable, String... phrasings) {
    return Intent.chemo("md." + name, category, Need.medical(billable), phrasings);
  }

  private static final String NOT_DISCUSSED =
      "{nobody has gone over it with me yet|$dr hasn't seen me since it posted|it just posted and no one has called|we haven't talked about it with anyone|the appointment to discuss it isn't until next month}";

  private static final String ORAL_DRUG =
      "{capecitabine|Xeloda|olaparib|Lynparza|lenvatinib|cabozantinib|osimertinib|palbociclib|Ibrance|abemaciclib|Verzenio|lenalidomide|Revlimid|$drug}";

  private static final String TKI =
      "{lenvatinib|Lenvima|cabozantinib|Cabometyx|sunitinib|Sutent|neratinib|abemaciclib|Verzenio|regorafenib}";

  static List<Intent> all() {
    return List.of(
        md(
            "report_term_not_discussed",
            "result_unexplained",
            true,
            "{I|We} {read|just read} the {$scan|pathology|bone marrow} report in the portal and "
                + NOT_DISCUSSED
                + ". {What does|Can someone tell me what} "
                + BoundaryNursingIntents.REPORT_TERM
                + " {mean|mean for my treatment}?",
            "{Quick|Small} question about $my {new|latest} report: it says {\"new 9 mm nodule\"|\"interval progression\"|\"new lytic lesion\"|\"increased size of the node\"|\"MRD positive\"|\"new hypermetabolic focus\"}. {What does that mean|Is the treatment still working}?",
            "{The|My} {$scan|biopsy} {results|report} {came out|posted} {today|this morning} and "
                + NOT_DISCUSSED
                + ". It says "
                + BoundaryNursingIntents.REPORT_TERM
                + ". {Is that good or bad|Does that change the plan}?",
            "what does {\"progression\"|\"new lesion\"|"
                + BoundaryNursingIntents.REPORT_TERM
                + "} mean? report just posted, {no one|nobody} {explained|called} yet",
            "{For the record|Just so you know}, $my {report|results} from {yesterday|this week} {say|mention} {\"new\"|\"enlarging\"|\"worse compared to prior\"} and "
                + NOT_DISCUSSED
                + "{| - I'd like $dr's read on it}."),
        md(
            "abnormal_labs_read",
            "result_unexplained",
            true,
            "{Looked at|I looked at} $my {labs|blood work} {from $pastdate|from this morning} {on the app|in the portal}: {ALT 184 flagged H|creatinine 1.9 flagged high|platelets 61 flagged L|calcium 11.4 marked high|bilirubin 2.6 with an H}. "
                + NOT_DISCUSSED
                + ". {Does $cycle still go ahead|What does that mean}?",
            "$whos {liver numbers|kidney number|sodium|calcium} {came back|posted} {high|low|flagged} {and|-} {it was normal last time|it's higher than ever}. {Does that mean|So does} $cycle {get held|change}?",
            "labs {posted|back}, {alt|creatinine|calcium} flagged {high|H}, {what now|is that bad}?",
            "{Saw|Seeing} the {liver|kidney|thyroid} {numbers|tests} are {flagged|out of range} {again|this time}, {higher than last month|a new red flag on the app}. {Thank you|Thanks}, {I'd like to know what it means|waiting to hear what $dr thinks}."),
        md(
            "hold_cancer_drug_for_procedure",
            "treatment_change",
            true,
            "{The|My} {CT|scan} {prep sheet|instruction sheet} says to hold {metformin|my metformin} for the contrast, but it says nothing about "
                + ORAL_DRUG
                + ". {Should I stop that too|Do I skip it the day of the scan}?",
            "$Im having {a colonoscopy|a tooth pulled|a dental implant|a hernia repair} {on $date|next week}. {Do I stop|Should I hold} "
                + ORAL_DRUG
                + " {before|around} it, and {for how long|when do I restart}?",
            "{hold|stop} "
                + ORAL_DRUG
                + " for {procedure|colonoscopy|dental work} {how long|or not}?",
            "{Going by|Following} the {instructions|sheet} for the {procedure|scan} $I {will skip|will hold} {metformin|the blood thinner}, but {nobody said anything about|I don't know about} "
                + ORAL_DRUG
                + ". {Please tell me|Need $dr to decide}."),
        md(
            "premed_not_working",
            "new_prescription",
            true,
            "{Took|$I took} the {aprepitant|Emend|dexamethasone|premeds} {at home|exactly as written} {but|and still} {the nausea broke through|was nauseated for three days|barely ate all week} after $cycle. {Can we add something|Is there a stronger option|Can the plan change} for next time?",
            "The {dex|dexamethasone} {keeps $me awake all night|makes $my sugars run 300|makes $me so agitated} {for two days|after each cycle}. {Can the dose be lowered|Is there an alternative|Can we cut it}?",
            "{premeds|emend} {not working|didn't work}, {need something else|change for next cycle}?",
            "{Letting you know|Fyi} the {premeds|Emend and Zofran} {didn't hold the nausea|weren't enough} {this time|after $cycle}; {I'd like|we'd like} a {different|stronger} plan {before|for} the next one."),
        md(
            "bcg_symptoms_persisting",
            "new_problem",
            true,
            "{After|Since} {the|my} {BCG|bladder} {treatment|instillation} {$pastdate|last week} $Im still {peeing every hour|burning when I pee} {{2 days|three days|a few days|4 days} later|after 5 days} and it isn't easing. {No fever|Temp is normal}. {Should we postpone the next one|Do I need something for it}?",
            "{Third|Fourth} BCG {done|was} {$pastdate|last week} and {the burning|the urgency} {is lasting longer each time|hasn't let up}, {now 5 days|a whole week}. {Should the next dose wait|Is that a reason to stop}?",
            "bcg {burning|urgency} {still there|not easing} {5 days|a week} later, {postpone next|need something}?"),
        md(
            "exercise_new_pain",
            "new_problem",
            true,
            "{Went|I went} back to {the gym|running|tennis|my walks} {$weeks ago|after the cold cleared} and {my right hip|a spot on my ribs|my left thigh bone} {has ached|has been sore} {every day since|for $weeks}, {even at rest|even at night}. {Could that be something|Should it be checked}?",
            "{Since|After} {starting|restarting} {yoga|weights|pickleball} $Ive had a {deep ache|sore spot} in my {ribs|hip|shoulder blade} that {isn't going away|is there at night too} for $weeks. {Is it just a strain|Could it be the cancer}?",
            "{new|deep} {hip|rib} ache {for $weeks|since gym}, {not going away|there at night}"),
        md(
            "oral_drug_skip_or_cut",
            "treatment_change",
            true,
            "{Can I|Is it ok to} {take|cut} $my "
                + ORAL_DRUG
                + " {every other day|to one pill|down to half} {instead|for a while} because {the fatigue is too much|I want to enjoy the holidays|of the cost}?",
            "{Should|Do} I {skip|stop} {the|my} "
                + ORAL_DRUG
                + " {this week|for the trip|until I feel better}? {I've been feeling rough|We're traveling|I missed two already}.",
            "{skip|stop} " + ORAL_DRUG + " {for a week|while traveling}? {ok|is that safe}",
            "{Going to|$Ill} take {only|half} $my "
                + ORAL_DRUG
                + " {from now on|starting $date} unless $dr {says otherwise|objects}, {it's too much|the side effects are wearing me down}."),
        md(
            "new_med_with_therapy",
            "drug_interaction",
            true,
            "{Is it ok|Can I} {to start|start} {sertraline|an antidepressant|turmeric capsules|St. John's wort|a mushroom supplement|CBD gummies|high dose vitamin C} {while|now that $Im} on {Keytruda|Opdivo|immunotherapy|$regimen|$drug}? {My PCP offered it|A friend swears by it}.",
            "{My PCP|My psychiatrist|The naturopath} {wants to start|suggested} {escitalopram|bupropion|an herbal blend|green tea extract} {this week|on $date}. {Does it interact with|Is it safe with} $drug?",
            "{sertraline|turmeric|cbd|ashwagandha} ok with {keytruda|$drug}?",
            "{The pharmacy|My PCP} {gave|can give} $me {a new antidepressant|fluoxetine|a sleep supplement} {this week|on $date}. {Going to wait|I'll wait} {until you say it's ok with $drug|for your ok on the interaction}."),
        md(
            "remission_new_symptom",
            "new_problem",
            true,
            "{Now that|Since} $Im in {remission|complete remission}{| for a year}, {I've been watchful|I notice everything}, and {a dry cough has lasted $weeks|I've had night sweats for $weeks|there's a new ache in my ribs for $weeks|I've lost 10 pounds without trying}. {Could it be back|Should I be scanned early}?",
            "{Finished|We finished} treatment {$pastdate|last spring|a year ago} and {all checks were clear|everything was clear}, but {a new lump came up above my collarbone|$Ive had a new cough for a month|the same bone ache is back}. {Worried it's recurrence|Is it coming back}?",
            "in remission, {new cough|night sweats|new lump} {$weeks|a month}, {recurrence|scan sooner}?"),
        md(
            "controlled_refill_same_dose",
            "refill_controlled",
            false,
            "{Can I get|Please send|Need} a refill of {lorazepam|Ativan|the Ativan for nausea|oxycodone|hydrocodone|the MS Contin|tramadol}, {same dose|the same as before|no change}{| to $pharmacy}. {It works|It helps a lot}, $Im {just almost out|down to two}.",
            "{Running low on|Almost out of} {the lorazepam for nausea|Ativan|$opioid} {before|ahead of} $cycle. {Same dose is fine|No changes needed}.",
            "refill {ativan|lorazepam|oxycodone|$opioid} pls, same dose",
            "$whos {Ativan|lorazepam|$opioid} {is almost gone|runs out this weekend}. {Same strength|Same as last time} {to|at} $pharmacy {please|thank you}."),
        md(
            "supportive_higher_dose",
            "new_prescription",
            true,
            "{Can I get|Please send} a refill of {olanzapine|Zyprexa|ondansetron|Zofran|prochlorperazine} but {at a higher dose|the stronger one|twice a day instead of once}? {The current dose isn't enough|The nausea comes back before the next dose}.",
            "{Running low on|Almost out of} {Miralax|senna|the stool softener} and {it's stopped working at this dose|I need something stronger}. {Can we go up|Can the dose change}?",
            "refill {olanzapine|zofran|compazine} {at higher dose|stronger} pls, current not enough"),
        md(
            "new_lump_elsewhere",
            "new_symptom",
            true,
            "There's a {new|firm} lump {in my armpit|in my groin|above my collarbone|on my scalp} that {wasn't there $pastdate|has grown over $weeks|is getting larger}. {It doesn't hurt|Not sore}. {Should someone look at it|Do I need a scan}?",
            "{Found|I found} a {pea sized|marble sized} {bump|lump} {in my armpit|behind my ear|in my groin} {$weeks ago|last month} and it's {grown|getting larger} {since|each week}. {Nowhere near|Not where} {the shots go|my injections are}.",
            "new lump {armpit|groin|collarbone}, growing {$weeks|a month}"),
        md(
            "injection_site_spreading",
            "new_problem",
            true,
            "{The|My} {Zoladex|Lupron|Faslodex|Xgeva} shot spot on my {belly|hip|buttock} is {red and hot|red, warm and spreading} {{2 days|three days|a few days|4 days} after|since} the injection, {now the size of my palm|bigger each day}. {Temp is normal|No fever}. {Do I need antibiotics|Should it be looked at}?",
            "{Red|Warm red} patch {spreading|growing} {around|from} the {injection site|shot site} on my {belly|hip} for {2 days|three days|a few days|4 days}, {hot to touch|firm and hot}. {No fever|Temp fine}.",
            "{shot|injection} site red, hot, spreading {{2 days|three days|a few days|4 days}|since monday}, no fever"),
        md(
            "radiation_weight_loss",
            "new_problem",
            true,
            "{Week 4|Week 5} of {throat radiation|head and neck radiation} and $Ive lost {8|10|12} pounds {in two weeks|since it started}. {Food sticks|Only protein drinks go down} {and I can't get enough calories|even with the mouthwash}. {Do I need the feeding tube|Should the plan change}?",
            "{Losing|Still losing} weight {on|during} {radiation to my throat|head and neck radiation}: {down 9 pounds|down 5 kilos} {since starting|in three weeks}. {Breathing is normal|Drinking water fine}. {What's next|Does $dr want to see me}?",
            "{lost 8 lbs|down 10 pounds} {on|during} throat radiation, food sticks, feeding tube?"),
        md(
            "new_daily_headache",
            "new_problem",
            true,
            "$Ive had a headache {every morning|most mornings} for $weeks, {which is new for me|I never get headaches}, {worse when I lie down|with some blurry vision}. $Im not on {dexamethasone|steroids}. {Should I be checked|Does it need a scan}?",
            "{New|Daily} headaches {for $weeks|since the start of the month}, {worse each week|waking me up}. {Not from dex|I'm not taking the steroid}. {What should I do|Can $dr look into it}?",
            "{new|daily} {am|morning} headaches {$weeks|a month}, not on dex"),
        mdChemo(
            "tki_diarrhea_hold",
            "treatment_change",
            true,
            "{Loose stools|Diarrhea} {4 to 5|5|4 or 5} times a day {for {2 days|three days|a few days|4 days}|this week} on "
                + TKI
                + ", {even with|despite} loperamide. {Drinking fine|Keeping fluids up}. {Should I hold it|Do I stop the pills} {for a few days|until it settles}?",
            "{4-5|five} loose {stools|bms} a day {on|from} "
                + TKI
                + " {for {2 days|three days|a few days|4 days}|this week}; {the imodium barely helps|loperamide isn't enough}. {Hold or lower the dose|Should the dose come down}?",
            "{5|4-5} loose stools/day on " + TKI + ", {hold it|stop for now}?"),
        md(
            "after_er_new_finding",
            "result_unexplained",
            true,
            "{Went|We went} to the ER {$pastdate|over the weekend} for {a kidney stone|a stomach bug|a fall}, and {their CT showed spots on my liver|they said my calcium was high|their scan mentioned fluid around one lung|they found my sodium was low}. {They said to follow up with oncology|Discharge papers say to call you}. {What does it mean|What happens now}?",
            "{Follow up|Following up} {after|from} {the ER visit|urgent care} {$pastdate|last week}: {they found|the CT found} {a new spot on my spine|an enlarged node|a new nodule} {and told me to ask $dr|that nobody has explained}. {Should I be seen|What's next}?",
            "er {ct|scan} {last week|$pastdate} showed {new spots|a new nodule}, told to f/u oncology"),
        Intent.chemo(
            "redflag.diarrhea.severe_boundary",
            "red_flag",
            Need.redFlag(),
            "{Loose stools|Diarrhea} $stoolshigh times {today|since midnight} on {capecitabine|irinotecan|Keytruda|$drug}, {even with|despite} the loperamide. {Should I start the next dose|What do I do}?",
            "{Diarrhea|Loose stools} {4|5} times {today|since this morning} on {capecitabine|irinotecan|immunotherapy} and $Im {dizzy when I stand|lightheaded walking to the bathroom}. {Drinking what I can|Trying to drink}.",
            "$stoolshigh loose {stools|bms} today on {xeloda|irinotecan|keytruda}, imodium {not helping|did nothing}"));
  }
}
