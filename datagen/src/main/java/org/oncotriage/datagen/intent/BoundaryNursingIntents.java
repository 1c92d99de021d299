package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * The nurse side of minimal pairs: protocol-driven kinds that share their topic words with
 * physician work and differ from it only in the decisive detail. A report term asked about after
 * the physician already called the result fine; holding a diabetes medicine or blood thinner per
 * the instruction sheet; fasting, premedication timing, BCG instructions, contrast through a port;
 * body-fluid precautions, salon visits, the gym after an illness that is over; moving an oral
 * maintenance dose to the morning; vaccine timing per protocol; the scan schedule in remission; a
 * same-dose supportive-care refill; mild expected local effects; mild diarrhea or constipation; the
 * plan before the next visit after an emergency visit for a problem that is gone. The physician
 * halves are in {@link BoundaryMedicalIntents}. None of these may fire the shipped red-flag rules.
 */
final class BoundaryNursingIntents {

  private BoundaryNursingIntents() {}

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn." + name, category, Need.nursing(), phrasings);
  }

  private static Intent chemo(String name, String category, String... phrasings) {
    return Intent.chemo("rn." + name, category, Need.nursing(), phrasings);
  }

  /** Report terms that read alarming out of context; shared with the physician halves. */
  static final String REPORT_TERM =
      "{\"T2N0M0\"|\"ypT0 N0\"|\"MRD negative\"|\"fibrosis\"|\"stable 7 mm node\"|\"post-treatment changes\"|\"no FDG-avid disease\"|\"scarring at the treatment site\"|\"Deauville 3\"|\"minimal residual uptake\"}";

  /** The physician has already called the result good. */
  static final String ALREADY_EXPLAINED =
      "{$dr {said|told us} it was {fine|good news|stable|clear} {at the visit|on the phone|$pastdate}|$dr already went over it {at my appointment|$pastdate} and said {nothing has changed|it looks stable|it's all clear}|we talked about it with $dr {last week|$pastdate} and {she|he|the doctor} {was happy|said no change}}";

  /** Supportive-care medicines that are never controlled substances. */
  static final String SUPPORTIVE_RX =
      "{olanzapine|Zyprexa|ondansetron|Zofran|prochlorperazine|compazine|the magic mouthwash|the lidocaine mouth rinse|senna|Miralax|the stool softener|loperamide|the dexamethasone for the day after chemo|the Emend capsules}";

  static List<Intent> all() {
    return List.of(
        rn(
            "report_term_after_explained",
            "result_explained",
            "{I|We} {read|finally read} the {$scan|pathology|bone marrow} report in the portal. "
                + ALREADY_EXPLAINED
                + ". {What does|Can someone tell me what} "
                + REPORT_TERM
                + " {mean|stand for}?",
            "{Quick|Small} question about a word in $my report: "
                + REPORT_TERM
                + ". "
                + ALREADY_EXPLAINED
                + ", {I just want to understand the term|I'm only curious what it means}.",
            ALREADY_EXPLAINED
                + ". {Now|But} the portal report says "
                + REPORT_TERM
                + " {and I don't know that word|and I got confused}. {Does it match what $dr said|Is that the same thing}?",
            "what does "
                + REPORT_TERM
                + " mean? {dr|doc} already said {scan|report} was {fine|ok|stable}",
            "{For our own understanding|Just for my notes}, "
                + REPORT_TERM
                + " {on the report|in the results} is the same as the {good|stable|clear} result $dr {explained|gave us} $pastdate{| right}."),
        rn(
            "normal_labs_read",
            "result_explained",
            "{Looked at|I looked at} $my {labs|CBC|blood work} {from $pastdate|from this morning} {on the app|in the portal}: {nothing flagged|nothing is flagged|no H or L anywhere}, {white count|WBC} {4.8|6.1|5.5|7.2} {in range|within range}. {Anything else I should look at|Just confirming that is all good}?",
            "$whos {counts|labs} {came back|posted} {and|-} {all normal|everything in range}{| including the {white count|platelets|hemoglobin}}. {Does that mean|So} $cycle {goes ahead|is on} {as planned|$date}?",
            "labs {posted|back}, nothing flagged, {wbc|white count} normal. {all good|good to go}?",
            "{Saw|Seeing} the {kidney|liver|thyroid} {numbers|tests} are {normal|in the normal range} {again|this time}. {Thank you|Thanks}, {just confirming I read it right|glad to see it}."),
        rn(
            "hold_diabetes_med_for_contrast",
            "procedure_prep",
            "{The|My} {CT|scan} {prep sheet|instruction sheet|letter} says to hold {metformin|my metformin|Janumet|glipizide} {for 48 hours after|the day of} the contrast. {Do I start again on|So I restart} {Thursday|the day after}?",
            "$Im diabetic and {have|$have} a {contrast CT|CT with contrast} {on $date|next week}. {Going by|Following} the {instructions|sheet}, $I will skip {metformin|Jardiance|the morning insulin dose} {that morning|as written}. {Can I eat before|Anything else}?",
            "{hold|stop} metformin for {ct|contrast} {how long|per sheet}?",
            "{Confirming|Just confirming} {$I held|$Im holding} {metformin|my diabetes pill} {like the instructions say|as instructed} for the {scan|CT} {on $date|tomorrow}."),
        rn(
            "scan_and_chemo_prep",
            "procedure_prep",
            "{How long|How many hours} {do I fast|should I not eat} before the {PET|PET scan|$scan}{| on $date}? {Can I have black coffee|Is water ok|Can I take my morning pills}?",
            "{First|My first} {chemo|infusion|$regimen} is {on $date|tomorrow}. {Should I eat breakfast before|Is it better to eat a light meal first|Do I come fasting}?",
            "{Can|Will} they {use|give the contrast through} $my port for the {CT|scan}{| on $date}, or {do I need an IV|will they stick my arm}? {Do I need to bring anything|Should I put the numbing cream on}?",
            "fasting before {pet|scan}? {water ok|coffee ok}?",
            "{The|My} {PET|scan} is {at 8|early} {on $date|tomorrow} so $Ill {skip breakfast|not eat after midnight} {per|like} the {letter|instructions}{| and bring my port card}."),
        rn(
            "premed_timing",
            "medication_instructions",
            "{Do I take|Should I take} the {aprepitant|Emend} {at home|before I leave the house} or {does the clinic give it|at the infusion center} {on day 1|on $date}?",
            "{Starting|I start} pemetrexed {$date|next week}. {When do I start the folic acid|How many days before do I begin the folic acid} and {when is the B12 shot|do I get the B12 shot at the clinic}?",
            "{The|My} {dexamethasone|dex} {instructions|sheet} says {the night before and the morning of|12 hours and 6 hours before}. {Is that counting from 9 am|What time do I take the second one} if $my {infusion|chair time} is {at 10|at noon}?",
            "{emend|aprepitant} {at home or at clinic|before I come in}?",
            "{Took|$I took} {the dex|the folic acid|the premeds} {as written|this morning} {for|ahead of} {tomorrow|$cycle}{| and set reminders for the rest}."),
        rn(
            "bcg_instructions",
            "procedure_prep",
            "{After|For} {the|my} {BCG|bladder} {treatment|instillation} {how long do I hold it|do I need to hold it for 2 hours}{| before I go}? {And what about the toilet after|Do I pour bleach in the toilet after}?",
            "{First|Starting} {BCG|bladder BCG} {on $date|next week}. {Should I cut back on drinking beforehand|Do I stop fluids that morning}, and {do I sit down to pee afterward|how long do I bleach the toilet}?",
            "bcg {today|tomorrow}, hold {2 hrs|how long}? bleach toilet?",
            "{Did|Finished} $my {second|third|fourth} BCG {today|this morning}{| and followed the bathroom rules}. {Just confirming the bleach is only for 6 hours|Wanted to check the sheet is right about flushing twice}."),
        chemo(
            "body_fluid_and_salon",
            "safety",
            "{For|In} the {48 hours|2 days} after {chemo|$cycle}, {should $my family use a different bathroom|do we flush twice with the lid down|how do I wash sheets if I sweat}? {We have|There's} {a toddler|kids|a cat} at home.",
            "{Can I|Is it safe to} {color my hair|get highlights|get my roots done} {during|while on} $regimen{| before the wedding}? {My hair is thinning but not gone|My stylist asked}.",
            "{hair dye|salon|perm} ok on chemo?",
            "{We are|We're} {washing|doing} $whos {laundry|sheets} {separately|on hot} {for two days|after treatment} like the {binder|teaching sheet} said. {Anything else|Is gloves too much}?"),
        rn(
            "gym_after_illness_over",
            "safety",
            "{The|My} {cold|flu|stomach bug|sinus infection} {from last week|I had $pastdate} is {gone|over now}{| and I feel back to normal}. {Can I go back to|Is it ok to restart} {the gym|swimming laps|my spin class|yoga} {before $cycle|this week}?",
            "{All better from|Over} the {chest cold|bug} {now|finally}. {How hard|How much} {can I push|should I work out} {on|with} $drug{| and should I avoid the pool}?",
            "{cold|bug} gone, {back to gym|ok to work out}?",
            "{Back|Going back} to {my walks|the gym|pickleball} {now that|since} the {flu|cold} {cleared up|is behind me}. {Will go easy|Keeping it light}."),
        rn(
            "maintenance_dose_timing",
            "medication_instructions",
            "{Can I|Is it ok to} {switch|move} $my {lenalidomide|Revlimid|capecitabine|olaparib|mercaptopurine|anastrozole} from {bedtime|night} to {the morning|breakfast}{| because I keep forgetting}? {Same dose|The dose stays the same}.",
            "{Should|Do} I take {the|my} {6-MP|mercaptopurine|capecitabine|Xeloda|olaparib} {with or without food|with milk or without|on an empty stomach}? The {label|bottle} {isn't clear|says two things}.",
            "What's the {most|max} {Tylenol|acetaminophen} {I can take|per day} for {the achy joints|a tension headache|the bone ache after the shot} {I've had before|that I know is from $drug}?",
            "{switch|move} {revlimid|xeloda|6mp} to {morning|am}? same dose",
            "{Going to|$Ill} take {the|my} {evening|night} {pills|capsules} {at breakfast|in the morning} {from now on|starting $date}, same {dose|number of pills}, unless {you say otherwise|that's a problem}."),
        rn(
            "vaccine_timing_protocol",
            "vaccine_travel",
            "{Is it ok|Can I} {to get|get} {the Shingrix shot|the shingles vaccine|my flu shot|the updated covid shot} {while|now that $Im} on {Keytruda|Opdivo|immunotherapy|$regimen}? {When is best around $my infusion|Does timing matter}?",
            "{We finish|$I finish$es} {chemo|the first phase|induction} {on $date|next month} and {start radiation|start maintenance} after. {Is there a window for travel vaccines|When can $I get the hepatitis A shot} {for|before} {a trip to Mexico|our trip|visiting family}?",
            "{flu|shingles|covid} shot on {keytruda|immunotherapy}, timing?",
            "{The pharmacy|My PCP} {offered|can give} $me the {flu shot|Shingrix} {this week|on $date}. {Going to wait|I'll wait} {until you say the timing is ok|for your ok on timing}."),
        rn(
            "survivorship_schedule",
            "survivorship",
            "{Now that|Since} $Im in {remission|complete remission|the all clear}{| for a year}, {how often should I get scans|how often are the scans now|do I still need CTs every 3 months}?",
            "{Finished|We finished} treatment {$pastdate|last spring|a year ago} and {everything has been clear|all checks were clear}. {What does follow-up look like from here|When do the visits go to every 6 months}?",
            "in remission, {scan schedule|how often scans} now?",
            "{Two|Three} years {out|since treatment} and {feeling great|doing well}. {I believe|I think} {the next|my next} {mammogram|CT|blood test} is {due|around} {$date|in the spring}{| per the survivorship plan}."),
        rn(
            "supportive_refill_same_dose",
            "refill_supportive",
            "{Can I get|Please send|Need} a refill of "
                + SUPPORTIVE_RX
                + ", {same dose|the same as before|no change}{| to $pharmacy}. {It works|It helps a lot}, $Im {just almost out|down to two}.",
            "{Running low on|Almost out of} "
                + SUPPORTIVE_RX
                + " {before|ahead of} $cycle. {Same dose is fine|No changes needed}.",
            "refill " + SUPPORTIVE_RX + " pls, same dose",
            "$whos "
                + SUPPORTIVE_RX
                + " {is almost gone|runs out this weekend}. {Same strength|Same as last time} {to|at} $pharmacy {please|thank you}."),
        rn(
            "injection_site_lump",
            "side_effect_mild",
            "There's a {small|pea sized|little} {sore|tender} lump where {the Zoladex|the Lupron|the Faslodex|my hormone} shot went in {{2 days|three days|a few days|4 days} ago|last week}. {Not red|No redness} and {not warm|it's not hot}. {Is that normal|Should I put ice on it}?",
            "{Small|A little} {bump|knot} at the {injection site|shot spot} on my {belly|hip|buttock} {since|after} {the Lupron|my monthly shot}. {Only sore when I press|Tender to touch}, {no redness|skin looks normal}.",
            "small sore lump at {zoladex|lupron|faslodex} shot site, not red or warm",
            "{Letting you know|Fyi} {the|my} {Faslodex|Zoladex} {site|injection spot} {has|left} a small {tender|sore} bump {again|this month}{| like last time}, {skin color normal|no heat}."),
        chemo(
            "expected_local_effects",
            "side_effect_mild",
            "{The skin over my knuckles|My knuckles and palms|The creases of my palms} {are|is} getting {darker|darker brown} on capecitabine{| this cycle}. {No pain|Doesn't hurt}, {no peeling|no blisters}. {Is that expected|Will it fade}?",
            "{Thick|Sticky|Ropey} saliva {with|during} {week 4|week 5|the third week} of {throat radiation|head and neck radiation}. {Breathing is normal|I'm breathing fine}, just {hard to clear|annoying at night}. {What helps|Is a humidifier ok}?",
            "{Mild|A dull|A little} headache {the day after|after} the dexamethasone{| doses}, {gone after one Tylenol|one acetaminophen takes care of it}. {Is that from the dex|Should I keep doing that}?",
            "{dark knuckles|darker palms} on xeloda, normal?",
            "{Mild headache|Dull headache} {after|with} dex {again|this cycle}, {one tylenol fixed it|better with one tylenol}."),
        chemo(
            "mild_bowel_change",
            "side_effect_mild",
            "{Loose stools|Diarrhea} {3|4|three|four} times {today|yesterday} on $drug. {No blood|Nothing black}, {drinking fine|keeping up with fluids}, {no fever|temp normal}. {Start the loperamide|How much imodium}?",
            "{Haven't gone|No BM} in {3 days|three days} {even with|on} {senna|Miralax|the stool softener}. {Passing gas|Belly soft}, {eating ok|no vomiting}. {What do I add|Next step}?",
            "{3|4} loose {stools|bms} today on $drug, no blood, drinking ok",
            "{Had|$I had} {3|4} {loose stools|soft bms} {today|since yesterday}{| on $regimen}. {Took|Started} {one imodium|the loperamide} {per the sheet|like the binder says} {and it's slowing down|and it helped}."),
        rn(
            "after_er_resolved",
            "coordination",
            "{Went|We went} to the ER {$pastdate|over the weekend} for {a kidney stone|dehydration from a stomach bug|a fall|an allergic rash from a new soap}, {it's resolved|all better now|fully over}. {Anything I should do before|Do I need labs before} $my {next visit|appointment on $date}?",
            "{Follow up|Following up} {after|from} {the ER visit|urgent care} {$pastdate|last week}: {the problem is gone|all resolved}{| and the discharge papers say follow up with oncology}. {Should I bring the papers|Do you need the records}?",
            "er visit {last week|$pastdate}, {resolved|fine now}. anything before {next appt|$date}?",
            "{Just so you know|Fyi} $I {was seen|went} in the ER {$pastdate|over the weekend} for {a migraine|a UTI|dehydration}, {treated and fine now|all cleared up}. {Will|We'll} {see you|see $dr} {$date|at the next visit}."));
  }
}
