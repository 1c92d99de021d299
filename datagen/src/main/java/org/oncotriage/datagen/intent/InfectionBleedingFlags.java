package org.oncotriage.datagen.intent;

import static org.oncotriage.datagen.intent.RedFlag.Presence.BELOW_THRESHOLD;
import static org.oncotriage.datagen.intent.RedFlag.Presence.HYPOTHETICAL;
import static org.oncotriage.datagen.intent.RedFlag.Presence.NEGATED;
import static org.oncotriage.datagen.intent.RedFlag.Presence.PAST;
import static org.oncotriage.datagen.intent.RedFlag.Presence.PRESENT;

import java.util.List;

/** Red flags of infection, breathing, bleeding and fluid loss. */
final class InfectionBleedingFlags {

  private InfectionBleedingFlags() {}

  private static final String IF_Q =
      "{Not happening now, but |Just in case, |For future reference, |Hypothetically, |My sister asked me this: |Nothing is wrong right now, but |}{what should I do if|what do I do if|when should I call if|who do I call if|at what point do I go to the ER if|just in case, what happens if}";

  static List<RedFlag> all() {
    return List.of(
        new RedFlag.Builder("fever", true)
            .with(
                PRESENT,
                "$whos temp {is|was|just read} $hightemp {tonight|just now|this evening|an hour ago}[ and it's $dayafter]. {What should I do|Should I go in|Do I need to go to the ER|Please advise}?",
                "$Im running a fever {of|-} $hightemp {on|,} $dayafter[, {feel|feeling} {achy|crummy|cold}]. {Took tylenol|Haven't taken anything yet}.",
                "{fever|Fever} $hightemp {since this afternoon|rechecked twice|with the thermometer under the tongue}, {last chemo|$chemo was} {$date|on Tuesday|about a week ago}. {Do we come in|Is the clinic open}?",
                "{Checked twice|Retook it}, {still|it's still} $hightemp. {Had|$I had} $chemo {last week|9 days ago|on the 3rd}.",
                "$Im burning up, {the thermometer says|thermometer read|temp is} $hightemp. {Last chemo|$chemo} was {$pastdate|a week ago|Tuesday}.",
                "{Temp|Temperature} {of|is|was} $hightemp {and|plus|with} {chills|body aches|a headache|feeling awful} {tonight|since noon}. {$my last infusion was $pastdate|$Im on $regimen}.",
                "{Just|So I just} took $whos temp {and it's|and got|:} $hightemp{| under the arm| with the ear thermometer}. {$Im|We're} on $regimen, $cycle was $pastdate. {Tylenol brought it down a little but it's back up|Haven't given anything yet|Do we go to the ER}?",
                "{We|I} {checked|took} $whos temperature {twice|three times} {tonight|in the last hour}: $hightemp {and then|, then} $hightemp.",
                "$Ive had a fever {all day|since last night|since this morning}, {highest was|up to|it hit} $hightemp. {Last|My last} {treatment|$chemo} was {$pastdate|about a week ago}.",
                "{fever|temp} $hightemp {after|following} $cycle {pls|please} {call|advise}")
            .with(
                BELOW_THRESHOLD,
                "$whos temp {is|was} $lowtemp {this afternoon|tonight|after a nap} ($dayafter). {No chills|Not shaking|No shaking}, {feel|feeling} {ok|kind of tired}. {Just keep watching it?|When do I call?|Is that a fever?}",
                "{Low grade|Slight} temp {of|-} $lowtemp {today|this morning}, {rechecked and it's|now} {normal|back down|99.1}. {Should I worry|Anything to do}?",
                "{Feeling warm|Felt warm} {tonight|today} but the thermometer says $lowtemp{| on $dayafter}. {Keep an eye on it?|Ok to take tylenol?}")
            .with(
                NEGATED,
                "{No fever|No fevers|Temp is normal|Haven't had any fever}{| or chills}[, {checked this morning|been checking twice a day}].",
                "{Temp is|Temperature} {normal|fine|98.6|97.9|98.2} {today|this morning|every time I check}.",
                "$Im {not running|not having} {a fever|any temp}{| and no chills}, {just|only} {tired|a little sore}.")
            .with(
                PAST,
                "{The|That} fever {I had|$I had} {last week|last month|after $cycle} {is gone|went away|resolved with the antibiotics}{| and $Ive been fine since}.",
                "{I had|$I had} {a temp of|a fever of} $hightemp {two weeks ago|back in March|after $cycle} {and|but} {it's been normal since|it's gone now|we were admitted and it's resolved}{|, today it's 98.4}.",
                "{I was in the ER last week for a fever|We went to the ER for neutropenic fever after $cycle}, {all better now|back to normal now}. {Do I still come in $date|Is my next chemo still on}?")
            .with(
                HYPOTHETICAL,
                IF_Q
                    + " $I get$s a fever {over the weekend|at night|after chemo}? {What number is too high|What temp do I call at}?",
                "{Is|Would} {a temp of|a fever of|a temperature of} $hightemp {an emergency|something to call about|a reason to go to the ER} {on|during} $chemo? {Just want to know ahead of time|Asking in case it happens|Nothing going on right now, just planning}.",
                "{For future reference|Just so I know|In case it happens}, {if $whos temp goes up to|if I hit|at} $hightemp {on a weekend|at night|on $dayafter}, {do we call the after hours line or go to the ER|who do we call|do I call you first}?",
                "{How high|What temperature} {does a fever have to be|is considered a fever} {before|for} {I call|us to call|going to the ER} while on $chemo?")
            .build(),
        new RedFlag.Builder("chills", true)
            .with(
                PRESENT,
                "$I {$have|got} {shaking chills|the shakes|rigors|chills so bad my teeth are chattering} {right now|tonight|for the last hour} {on|,} $dayafter. {Haven't checked|Thermometer is broken|Can't find the thermometer}. {What do I do|Should I come in}?",
                "{Shaking|Uncontrollable shaking} chills {started|came on} {after dinner|an hour ago|this evening}[, $dayafter]. {Under 3 blankets|Can't get warm}.")
            .with(
                NEGATED,
                "{No chills|No shaking chills|Not having chills}[, no fever], just {cold hands|feeling cold in the AC|cold feet}.")
            .with(
                PAST,
                "$I had {chills|the chills} {during|after} {last cycle's|the} {infusion|Rituxan infusion} {but that's over|that went away after the Benadryl|that stopped}.")
            .with(HYPOTHETICAL, IF_Q + " $I get$s chills {after|with} $chemo?")
            .build(),
        new RedFlag.Builder("breathing", false)
            .with(
                PRESENT,
                "$I {can't|cannot} {catch my breath|breathe well|get a full breath} {right now|tonight|since this morning}, {even sitting|even resting|just walking to the bathroom}.",
                "$Im {really|very} short of breath {today|since lunch|tonight}{| and it's getting worse}. {Lips look|It's} {fine|a bit blue?|hard to talk}.",
                "{Trouble breathing|Hard to breathe|Struggling to breathe} {since|after} {$chemo|this morning|lunch}{|, breathing fast}.",
                "$I get$s {winded|out of breath} {just|even} {talking|sitting up|walking to the bathroom|lying down} {since last night|today}{| and it's scary}.",
                "{It feels like|Feels like} $I can't get enough air {today|tonight|since this afternoon}, {have to sit up to breathe|can't lie flat|breathing really fast}.")
            .with(
                NEGATED,
                "{Breathing is fine|No shortness of breath|No trouble breathing|Breathing ok}.")
            .with(
                PAST,
                "{The|That} shortness of breath {I had|from} {last month|with the pneumonia|before the fluid was drained} {is better|is gone|resolved}.")
            .with(HYPOTHETICAL, IF_Q + " $I get$s short of breath?")
            .build(),
        new RedFlag.Builder("chest_pain", false)
            .with(
                PRESENT,
                "$Im having {chest pain|pain in my chest|a tight pressure in my chest|sharp chest pain when I breathe in} {right now|since this morning|for an hour}.",
                "{Chest pain|Chest tightness} {started|came on} {tonight|a bit ago|after $chemo}{| and it goes into my arm|, hurts to breathe}.",
                "{Crushing|Squeezing|Heavy} {pain|pressure} in $my chest {for the last hour|since I woke up|on and off today}{|, sweaty and sick to my stomach}.")
            .with(NEGATED, "{No chest pain|Not having chest pain|No chest pain or pressure}.")
            .with(
                PAST,
                "{The|That} chest pain {I had|from} {last week|back in the spring} {was from|turned out to be} {reflux|a pulled muscle}, {the ER cleared me|all fine now}.")
            .with(
                HYPOTHETICAL,
                IF_Q
                    + " $I get$s chest pain on $drug? {I read it can affect the heart|The pamphlet mentions it}.")
            .build(),
        new RedFlag.Builder("blood_cough_vomit", false)
            .with(
                PRESENT,
                "$I {coughed up|just coughed up} {blood|bright red blood|blood clots|a tablespoon of blood} {this morning|tonight|a few times today}.",
                "$I {threw up|vomited|just threw up} {blood|something that looks like coffee grounds|dark blood} {tonight|twice|just now}.")
            .with(
                NEGATED, "{No blood when I cough|No blood in the vomit|Not coughing up any blood}.")
            .with(
                PAST,
                "$I {coughed up a little blood|had blood streaks} {last month|in the spring} {but that stopped|and the bronchoscopy was fine}.")
            .with(HYPOTHETICAL, IF_Q + " $I see$s blood when $I cough$s?")
            .build(),
        new RedFlag.Builder("stool_blood", false)
            .with(
                PRESENT,
                "$my {stools|poop|bowel movements} {are|have been} {black and tarry|black like tar|bloody|full of blood} {since yesterday|today|the last two times}.",
                "{There's|There is|Lots of} {blood in the toilet|bright red blood} {when I go|after a BM} {today|this morning}, {not just on the paper|a lot of it}.")
            .with(NEGATED, "{No blood in my stool|Stools are normal color|No black stools}.")
            .with(
                BELOW_THRESHOLD,
                "$my {stool|poop} {is|looks} {dark green|dark} {since starting iron|from the iron pills|after eating beets}, not black or tarry. {Normal?|Is that the iron?}")
            .with(
                PAST,
                "{The|That} {blood in my stool|rectal bleeding} {from|I had with} {radiation|the hemorrhoid} {went away|stopped} {weeks ago|a while ago}.")
            .with(HYPOTHETICAL, IF_Q + " $I see$s blood in $my stool?")
            .build(),
        new RedFlag.Builder("bleeding", false)
            .with(
                PRESENT,
                "$I $have a nosebleed that {won't stop|hasn't stopped} {after|even after} {30|45|20} minutes of pressure{| and ice}. $my platelets were low.",
                "$my {gums|cut on my finger|port site|biopsy site} {keeps|keep} bleeding and {won't|will not} stop {even with pressure|for an hour now}.")
            .with(
                BELOW_THRESHOLD,
                "$I had a {short|small|little} nosebleed {this morning|after blowing my nose} {that stopped|and it stopped} {in a few minutes|with pressure}. {Normal on $drug?|Just fyi.}",
                "$my gums bleed {a little|a bit} when $I brush{| but it stops right away}. {Soft toothbrush?|Is that from low platelets?}")
            .with(HYPOTHETICAL, IF_Q + " $I get$s a nosebleed that won't stop?")
            .build(),
        new RedFlag.Builder("port_infection", true)
            .with(
                PRESENT,
                "$my port {site|area} is {red, swollen and hot|red and oozing pus|draining yellow stuff} {and|plus} $I $have a {temp of|fever of} $hightemp.",
                "{Redness|Red streak} {around|from} {my|the} {port|PICC line} {with some pus|that's swollen} and $I $have {a fever|fever} ($hightemp) {tonight|today}.")
            .with(
                BELOW_THRESHOLD,
                "$my port site is {a little|slightly} {pink|sore|tender} {since the flush|after the access}, no swelling {on $date|yesterday}, {no fever|temp $lowtemp}, no pus. {Does someone need to look at it|Is that normal}?")
            .with(HYPOTHETICAL, IF_Q + " $my port {looks red|gets infected}?")
            .build(),
        new RedFlag.Builder("severe_diarrhea", false)
            .with(
                PRESENT,
                "{I've had|$Ive had} {diarrhea|watery diarrhea} $stoolshigh times {today|since this morning|in the last 24 hours} on $drug{| and the imodium isn't helping}.",
                "{Diarrhea|Watery stools} {all day|since last night}, $I feel$s {dizzy|lightheaded} when $I stand up{| and almost fell}.",
                "$stoolshigh {bowel movements|loose stools|trips to the bathroom} {since|in} {yesterday|the last day}{| on $drug}. {Keeping water down|Drinking Gatorade}.",
                "{Diarrhea|Going to the bathroom} {like|about|maybe} $stoolshigh times {today|since midnight|since this morning}{|, watery}, {on|from} $drug. {Imodium isn't doing anything|Took 4 imodium already}.")
            .with(NEGATED, "{No diarrhea|Stools are normal|BMs are normal}.")
            .with(
                PAST,
                "{The|That} {bad diarrhea|diarrhea} {I had|from} {last cycle|after the Irinotecan} {is over|stopped after the imodium|resolved}.")
            .with(
                HYPOTHETICAL,
                IF_Q
                    + " $I get$s diarrhea {on|with} $drug? {How many times a day is too many|When do I start the imodium}?")
            .build(),
        new RedFlag.Builder("no_fluids", false)
            .with(
                PRESENT,
                "$I {can't|cannot|$havent been able to} keep {anything|water|fluids|even sips of water} down {since yesterday|for over a day|for 24 hours|since yesterday morning}{|, throwing up everything}.",
                "{Throwing up|Vomiting} {nonstop|everything|all night and all day}, {can't keep water down|even ice chips come back up} {for a full day now|since yesterday}.",
                "$I $havent {kept anything down|been able to keep even water down} since {yesterday morning|Sunday|this time yesterday}, {throwing up every time $I drink|even the $antiemetic comes back up}.")
            .with(
                BELOW_THRESHOLD,
                "$I threw up {once|one time} {this morning|after $chemo} but {kept|keeping} {water|toast and ginger ale} down {since|after that}.")
            .with(NEGATED, "{No vomiting|Not throwing up|Keeping fluids down fine}.")
            .with(HYPOTHETICAL, IF_Q + " $I can't keep fluids down?")
            .build(),
        new RedFlag.Builder("no_urine", false)
            .with(
                PRESENT,
                "$I $havent peed {since last night|in 14 hours|all day|since this morning, over 12 hours}{| even though $Im drinking}.",
                "{No urine|Not peeing|Barely any pee} for {over 12 hours|13 hours|since yesterday}.")
            .with(
                BELOW_THRESHOLD,
                "$Im peeing {a bit less|less than usual} {since|after} $chemo, {but still going|dark yellow}, {drinking more now|trying to drink more}.")
            .with(HYPOTHETICAL, IF_Q + " $I stop$s peeing?")
            .build());
  }
}
