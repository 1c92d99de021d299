package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Nurse-level kinds written in every form, not just as a question: expected mild side effects told
 * as a story or a bare statement, how and when to take a medicine already prescribed, pump and
 * premedication questions, holding a blood thinner per instructions already given, driving on
 * sedating medicines, line dressing care without infection signs, normal or explained results,
 * hypothetical fever plans and pharmacy coordination after a dose the physician already changed.
 * Each intent mixes statements, questions, narratives and fragments so form never tells the label.
 */
final class NarrativeNursingIntents {

  private NarrativeNursingIntents() {}

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn." + name, category, Need.nursing(), phrasings);
  }

  private static Intent chemo(String name, String category, String... phrasings) {
    return Intent.chemo("rn." + name, category, Need.nursing(), phrasings);
  }

  private static final String ORAL_CHEMO = "{capecitabine|Xeloda|the Xeloda pills|$drug}";

  static List<Intent> all() {
    return List.of(
        chemo(
            "taste_appetite_story",
            "side_effect_mild",
            "{Everything|Food|Coffee} {tastes|has tasted} {like metal|like pennies|bland|off} {since|after} $cycle{| started}, so $Im {eating|living on} {smaller meals|smoothies and soup|crackers and yogurt} and $my weight {is holding|has not changed}.",
            "{Ever since|Since} {the last infusion|$cycle} $I {just $dont feel like eating|only want a few bites at a time}. $I {still drink$s|keep$s drinking} {plenty|water and protein drinks}. {Are there tricks for the taste thing|Should $I try plastic forks|Is a protein shake a day enough}?",
            "{appetite low|not hungry much} {on|with} $drug, {drinking Ensure|weight same}",
            "{Letting you know|Fyi} the {metal taste|taste change} {is back|came back} {this round|again}{| like the first cycle}. $Im {managing|coping} with {lemon water|mints|cold foods}."),
        rn(
            "hand_foot_mild",
            "side_effect_mild",
            "$my {palms|fingertips|heels} {are|have gotten} {pink|a bit pink} and {a little flaky|peeling at the edges|dry and tight} {on|from} "
                + ORAL_CHEMO
                + ". $I can {still walk|still type|do everything} fine.",
            "{On day {6|9|11} of|Partway into} "
                + ORAL_CHEMO
                + " and $my {hands|palms} {feel|look} {tight and shiny|dry and pink}. {Which lotion works best|Should I use the urea cream|How often should I put cream on}?",
            "hands {a bit|slightly} pink {and flaky|and dry} on "
                + ORAL_CHEMO
                + ", {no blisters|can walk fine}. cream?",
            "{Mild|Some} skin changes on {my soles|the bottoms of my feet|my palms} again{| this cycle}, {same as|like} {last time|before}. {Using|Been using} {Udderly Smooth|Eucerin|the urea cream} {twice a day|at night with socks}."),
        rn(
            "bruise_no_other_signs",
            "side_effect_mild",
            "{Noticed|Found} a {small|quarter sized|light} bruise on $my {shin|upper arm|hip} {after bumping the table|from the door|and I think I bumped it}. {Gums and nose are fine|Nothing else going on}, platelets were {normal|fine} on $pastdate.",
            "{Is it normal to|Do people} bruise {a little more|more easily} on $drug? $I {have|got} {one|two} {small|light} bruises{| from bumping things}, {otherwise nothing|and that's it}.",
            "small bruise {on my arm|on my leg} from bumping it, {counts were normal|labs fine last week}. ok?",
            "{Just a note|Fyi} that $I {bruise|mark} {more easily|easier} {these days|on treatment}. {The nurse said|$nurse told me} that can happen and to tell you."),
        chemo(
            "hair_thinning_cooling",
            "side_effect_mild",
            "$my hair {is thinning|started coming out} {in the shower|on my pillow|in the brush} {after|since} $cycle. {Does the cold cap|Does scalp cooling} still help at this point, or {should I just get a wig|is it too late}?",
            "{Hair loss|My hair falling out} {started|began} {this week|right on schedule}. $Im {ok with it|not upset}, {just|only} want to know {whether to shave it|about a gentle shampoo|how to protect my scalp in the sun}.",
            "hair thinning {after|since} $cycle, {cold cap worth it still|shave or wait}?",
            "{The|My} {hair|hairline} is {thinner|getting patchy} {now|this round}. {Going to|I'll} {try a scarf|cut it short} {this weekend|before the next cycle}."),
        rn(
            "radiation_swallow_sore",
            "side_effect_mild",
            "{Week {3|4} of|Halfway through} {chest radiation|radiation to my chest}, {swallowing|eating bread} {stings a little|feels scratchy}. {Soft foods go down fine|Liquids are no problem}. {Can I use the lidocaine rinse|What helps with that}?",
            "$my throat {feels|has felt} {raw|scratchy} {when I swallow|with swallowing} {since|as of} {the second week of radiation|last week of radiation}, {mild|not bad}. $Im {eating|getting} {soft food|mashed potatoes and soup} fine.",
            "{scratchy|sore} {swallowing|throat} from {chest|esophagus area} radiation, liquids ok. rinse?",
            "{Radiation team|The radiation nurse} said {scratchy swallowing|a sore throat} {is expected|is common} {around now|at this stage}. {It is|It's} {mild|manageable}{| so far}."),
        rn(
            "hormonal_fatigue",
            "side_effect_mild",
            "{Since starting|On} {letrozole|anastrozole|tamoxifen|Lupron|enzalutamide} $Im {more tired|low energy} {in the afternoons|by dinner time}{| but still working}. {Does exercise help with that|Will it ease up|Is that the pill}?",
            "{Tired|Dragging} {most afternoons|every day around 3} on {anastrozole|tamoxifen|exemestane|Zoladex}. {Walking helps a bit|A nap helps}.",
            "{hormone pill|letrozole|tamoxifen} tiredness, {tips|normal}?",
            "{I've|I have} {noticed|found} that the {hormone therapy|hormone blocker} {makes me|leaves me} {sleepy|wiped out} {in the evenings|after work}. {Not worse than before|It has been like that for a while}."),
        rn(
            "neuropathy_unchanged",
            "side_effect_mild",
            "The {tingling|numb feeling} in $my {fingertips|toes} {that I reported|we talked about} {at the last visit|$pastdate} is {exactly the same|no different|unchanged}. {Still buttoning shirts fine|Still walking fine}.",
            "{Same tingling|Toes tingle the same} as {before|last cycle}, {not spreading|no change}. {Do I still need to report it each time|Should I keep mentioning it}?",
            "{tingling|numb fingertips} same as {reported|before}, {no change|not worse}",
            "$I still $have the {mild|light} {pins and needles|tingling} in $my {fingertips|toes} we {already|} {documented|talked about}. {Any creams that help|Are gloves for cold drinks still a good idea}?"),
        rn(
            "opioid_constipation",
            "side_effect_mild",
            "{Since|Ever since} {starting|taking} the $opioid {for my hip|at night|as prescribed} $Ive been {backed up|constipated}{|, last BM was {2|3} days ago}. {Can I double the senna|Should I add Miralax|What do I take first}?",
            "{Pain pills|The $opioid} {are|is} {working|helping} {but|and} $my bowels are {slow|sluggish} {again|now}. $Im {eating|drinking} ok and $my belly is soft.",
            "constipated from {pain meds|$opioid}, {no BM 2 days|last bm 3 days}. senna or miralax?",
            "{Just|Only} a {heads up|note}: the {constipation|slow bowels} from the $opioid is {back|there again}. $Im {taking|using} $bowel {like the sheet says|as directed}."),
        chemo(
            "breakthrough_nausea_backup",
            "side_effect_mild",
            "The $antiemetic {wears off|starts wearing off} {before|about two hours before} the next dose and $Im {queasy|nauseous} {in between|for a while}. {Can I take the backup pill in that gap|How far apart can I space them|Is the compazine ok to add}?",
            "{Nausea|Queasiness} {creeps in|comes back} {between doses|late in the evening} {on|around} $dayafter. {Sipping water fine|Kept lunch down}. {Using the backup|I took the backup one} and it {helps|worked}.",
            "nausea between {zofran|nausea med} doses, {ok to take|can I use} the backup?",
            "{This round|Cycle $n} the nausea {has been|is} {mild|manageable} but it {comes back|returns} {before|ahead of} {the next pill|my next dose}. {I'm|$Im} still {eating small meals|drinking fine}."),
        rn(
            "dose_timing",
            "medication_how",
            "{Forgot|Missed} {my|the} {morning|evening} dose of $drug {today|yesterday}. {Do I take it now or skip it|Should I double up tonight|Do I just continue tomorrow}?",
            "{Does|Should} $drug {need to be|be} taken with food or on an empty stomach? {The bottle label|The pharmacy sheet} {is confusing|says something different than the packet}.",
            "{How far apart|How many hours apart} should $I take $drug and {my thyroid pill|the antacid|calcium}?",
            "$drug {with|w/} food or {without|no food}?",
            "{Took|Took my} $drug {an hour late|late} today{| because of work}. {Not sure it matters|Probably fine}, just want to know for next time."),
        rn(
            "pump_disconnect",
            "procedure_prep",
            "{The|My} {home pump|fanny pack pump|5FU pump} {is supposed to|should} {finish|be empty} {Thursday|$date|in 46 hours}. {What time do I come in to get it disconnected|Can home health take it off|Do I need an appointment for disconnect}?",
            "{The|This} pump {beeped|flashed} {once|twice} {overnight|this morning} and then {stopped|went back to normal}. The {bag|ball} {looks|seems} {smaller|like it's going down}.",
            "pump disconnect {time|when}? {thurs|$date}",
            "{Reminder to myself and you|Just confirming}: pump {comes off|disconnect} {on $date|Thursday} {at the infusion center|with the nurse}."),
        rn(
            "premed_continue",
            "procedure_prep",
            "{Do I keep taking|Should I continue} the {dexamethasone|steroid pills|dex} {the two days after|after} $cycle {like last time|or was that only once}?",
            "The {premeds|pre-meds} {sheet|instructions} say{| to take} {dexamethasone|the steroid} {the night before|12 hours before} {the infusion|$cycle}. {Is that 8pm or 10pm|Does that include tonight}?",
            "{dex|steroid} premed {night before|day before} still?",
            "{Taking|I took} the {premedication|premeds} {as written|last night} for {tomorrow's|the} infusion{| and set an alarm for the morning ones}."),
        rn(
            "hold_thinner_per_instructions",
            "procedure_prep",
            "{The|My} {biopsy|port placement|colonoscopy} is $date and {the instructions|the sheet} say to stop {Eliquis|Xarelto|my blood thinner} {2 days|48 hours} before. {So my last dose is when|Is the last pill Monday night|Does that count the morning of}?",
            "{Following|Going by} the {instructions|letter} {for|about} $my {procedure|port removal} {on $date|next week}, $Im stopping {Eliquis|Xarelto|Plavix} {on Sunday|two days ahead}. {When do I restart|When does it go back on}?",
            "{stop|hold} {eliquis|xarelto} before {biopsy|procedure}, last dose when?",
            "{Just confirming|Confirming} $I {stopped|held} {the blood thinner|Eliquis} {per the instructions|as instructed} for $date."),
        rn(
            "driving_sedating",
            "safety",
            "{Is it safe|Is it ok} for $me to drive {to|home from} {treatment|$my infusion} {after|when $I take$s} the {Benadryl premed|Ativan before scans|nausea pill that makes me sleepy}?",
            "The {premeds|nausea medicine} {make|makes} $me {drowsy|sleepy} {for a few hours|for the afternoon}. {My neighbor can drive|I'll get a ride} {if I shouldn't|if needed}.",
            "drive after {benadryl|premeds}? {sleepy|drowsy}",
            "{We|I} will have {my son|a friend|a neighbor} drive {on infusion days|after treatment} {since|because} the {premed|Benadryl} {knocks me out|makes me sleepy}."),
        rn(
            "line_dressing",
            "line_care",
            "The {edge|corner} of {my PICC dressing|the dressing over my PICC} is {lifting|curling up} {after my shower|since yesterday}. The skin {looks|is} {normal|fine} {and it doesn't hurt|under it}. {Can I tape it|Do I need to come in for a change|Is the weekly change enough}?",
            "{What's the best way|How should I} {shower|wash my hair} with {the PICC|my PICC line|a PICC}? {The plastic sleeve|The cover} {keeps slipping|leaks a little}.",
            "picc dressing {lifting|peeling} at edge, skin {looks fine|normal}. retape?",
            "{My|The} {PICC|line} dressing {got damp|got a bit wet} {in the shower|last night}; {it's|the skin is} {fine|clean} {underneath|under it} as far as I can tell."),
        rn(
            "result_normal_or_explained",
            "result_explained",
            "$my {thyroid|TSH|kidney number|magnesium} {came back|was} {normal|in range} on $pastdate. {Do I still need|Should I still have} {the recheck|the extra draw} {next month|before $cycle}?",
            "$dr {went over|explained} $my {$scan|labs|blood work} at the {visit|appointment} {on $pastdate|last week}. {I just want to|Can someone help me} {confirm what 'stable' means|understand one word in the report again}.",
            "{labs|blood work} normal {right|correct}? saw them in the portal",
            "{Saw|I saw} $my {results|labs} {on the app|in the portal}{| and} they {look|all look} {normal|in range}, {same as|consistent with} what $dr {said|told us}."),
        rn(
            "fever_plan_hypothetical",
            "red_flag_question",
            "{Before|Ahead of} $my first {treatment|infusion}, {which number do I use|who do I phone} {if|in case} {my temperature goes up|I ever run a temperature} {at night|on a weekend}?",
            "{May I|Can I} {take|use} {acetaminophen|Tylenol} {before I check|first} {if|when} I feel {warm|achy}, or {should I check my temperature first|does it hide a fever}?",
            "{what's|whats} the {after hours|weekend} number {if|in case} I {get a temp|run a fever}?",
            "{We|I} {put|taped} the {after hours number|triage number} on the fridge {in case|for if} {anything|a temperature} {happens|comes up}. {Is that the right one|Just checking it's current}?"),
        rn(
            "pharmacy_after_dose_change",
            "coordination",
            "$dr {lowered|changed} $my $drug dose {at the visit|on $pastdate}, but the specialty pharmacy {still|is still going to} {ship|send} the old strength. {Can the nurse call them|Who fixes that}?",
            "{The|My} specialty pharmacy {called|left a message} {about|to confirm} the {new|lower} $drug dose $dr {set|ordered} {last week|on $pastdate}. {They need|They want} {the nurse|someone} to {confirm it|call them back}.",
            "pharmacy {has|shipping} old $drug dose, $dr changed it already",
            "{Fyi|Letting you know}, {the specialty pharmacy|the mail order pharmacy} {has|sent} the {right|new} strength {now|after the dose change}{| but they asked for a call back to confirm}."));
  }
}
