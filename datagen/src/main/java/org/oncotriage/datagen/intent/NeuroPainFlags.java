package org.oncotriage.datagen.intent;

import static org.oncotriage.datagen.intent.RedFlag.Presence.BELOW_THRESHOLD;
import static org.oncotriage.datagen.intent.RedFlag.Presence.HYPOTHETICAL;
import static org.oncotriage.datagen.intent.RedFlag.Presence.NEGATED;
import static org.oncotriage.datagen.intent.RedFlag.Presence.PAST;
import static org.oncotriage.datagen.intent.RedFlag.Presence.PRESENT;

import java.util.List;

/**
 * Red flags of the nervous system, clots, allergic reactions, uncontrolled pain and suicide risk.
 */
final class NeuroPainFlags {

  private NeuroPainFlags() {}

  private static final String IF_Q =
      "{Not happening now, but |Just in case, |For future reference, |Hypothetically, |My sister asked me this: |Nothing is wrong right now, but |}{what should I do if|what do I do if|should I call if|do I go to the ER if|what are we supposed to do if}";

  static List<RedFlag> all() {
    return List.of(
        new RedFlag.Builder("confusion", false)
            .with(
                PRESENT,
                "$Who $am {confused|not making sense|mixed up about where we are|really out of it} {today|since this morning|tonight}, {this is new|never like this before|not like this at all yesterday}.",
                "$Who $am {suddenly|really} {confused|disoriented|foggy and not making sense} {today|since lunch}, {didn't know what day it was|couldn't find words|asked the same thing over and over}.",
                "{Since this morning|Today|Tonight} $I $am {talking nonsense|seeing things that aren't there|not recognizing people|very sleepy and confused}, {this is new|never happened before}.")
            .with(NEGATED, "{No confusion|Thinking is clear|Mentally sharp as ever}.")
            .with(
                BELOW_THRESHOLD,
                "{Chemo brain|Some chemo brain|A little forgetful} {lately|since $cycle}, {misplacing keys|losing words sometimes}, {same as before|nothing sudden}. {Any tips|Does it get better}?")
            .with(HYPOTHETICAL, IF_Q + " $I get$s confused {on|from} the {pain meds|steroids}?")
            .build(),
        new RedFlag.Builder("seizure", false)
            .with(
                PRESENT,
                "$I {had|just had} a seizure {this morning|an hour ago|tonight}{, shaking all over|, lost consciousness for a minute|, bit my tongue}.",
                "$Who {had|just had} {a seizure|what looked like a seizure|a fit} {at dinner|just now|in bed}.")
            .with(
                PAST,
                "{No seizures since|Haven't had a seizure since} {the one in March|the surgery|we started Keppra}.")
            .with(HYPOTHETICAL, IF_Q + " $I $have a seizure at home?")
            .build(),
        new RedFlag.Builder("fainting", false)
            .with(
                PRESENT,
                "$I {fainted|passed out|blacked out} {this morning|in the bathroom|getting up} {and hit my head|for a few seconds|today}.",
                "$Who {fainted|passed out|collapsed} {today|just now|at the store} {and|and is} {still woozy|back up now but pale}.")
            .with(NEGATED, "{Haven't fainted|No fainting|No passing out}.")
            .with(HYPOTHETICAL, IF_Q + " $I feel$s like $Im going to pass out?")
            .build(),
        new RedFlag.Builder("leg_weakness", false)
            .with(
                PRESENT,
                "$my legs {feel|are} {suddenly weak|weak and numb|like jelly} {since|as of} {yesterday|this morning}{| and I can barely walk|, hard to stand}.",
                "{New|Sudden} {numbness|weakness} in $my {legs|both legs|left leg} {today|since last night}, {keep stumbling|can't feel my thighs}.")
            .with(NEGATED, "{No weakness in my legs|Legs are strong|Walking fine}.")
            .with(
                BELOW_THRESHOLD,
                "$my {feet|toes} {tingle|are numb} from $drug{, same as before|, hasn't changed}, walking ok.")
            .with(HYPOTHETICAL, IF_Q + " $my legs {get|feel} weak?")
            .build(),
        new RedFlag.Builder("incontinence", false)
            .with(
                PRESENT,
                "$I {lost control of|can't control} $my {bladder|bowels} {today|this morning|since yesterday}{, this never happened before|, just started}.",
                "$I {wet $myself|had an accident} {and|and} {didn't|couldn't} feel it {coming|at all} {today|this morning}{|, that's new}.")
            .with(NEGATED, "{No problems with bladder or bowels|Peeing normally|No accidents}.")
            .with(HYPOTHETICAL, IF_Q + " $I lose$s control of $my bladder?")
            .build(),
        new RedFlag.Builder("cord_compression", false)
            .with(
                PRESENT,
                "$my back pain is {suddenly|way} worse {and|and now} {my legs feel weak|my legs are numb|I'm having trouble walking} {since yesterday|today}.",
                "{Severe|Terrible} {new|} {back pain|pain in my spine} {since|starting} {this morning|yesterday}{| and it shoots down both legs, they feel heavy}.")
            .with(
                BELOW_THRESHOLD,
                "{Lower back|Back} {is|has been} {a little|kind of} achy {from|after} {gardening|the long car ride|sleeping wrong}, {legs fine|no numbness}, {better with heat|tylenol helps}.")
            .with(
                HYPOTHETICAL,
                IF_Q + " $I get$s back pain with the {bone mets|cancer in the spine}?")
            .build(),
        new RedFlag.Builder("clot", false)
            .with(
                PRESENT,
                "$my {left|right} {calf|leg|arm} is {swollen and painful|swollen, red and sore|puffy and hurts to touch} {since yesterday|today}, {only that side|the other one is fine}.",
                "{One leg|My right leg|My left arm} {is|has gotten} {really|very} swollen and {painful|tender|warm} {today|since this morning}.",
                "$my {left|right} calf is {twice the size of the other one|swollen and tight} and {hurts to walk on|is warm to touch|aches} {since|as of} {yesterday|this morning}.")
            .with(NEGATED, "{No leg swelling|Legs aren't swollen|No swelling in my arms or legs}.")
            .with(
                PAST,
                "{The|That} clot {in my leg|in my arm} {from|back in} {last year|the summer} {is gone|resolved on Eliquis}.")
            .with(
                HYPOTHETICAL,
                IF_Q
                    + " $my leg {swells up|gets swollen}? {I know clots are a risk|You said to watch for clots}.")
            .build(),
        new RedFlag.Builder("face_swelling", false)
            .with(
                PRESENT,
                "$my {face and neck are|neck is|face is} {swollen|puffy|swelling up} {today|since this morning}{| and my veins look big}.")
            .with(NEGATED, "{No swelling in my face|Face isn't swollen}.")
            .with(
                BELOW_THRESHOLD,
                "$my face is {a little|slightly} {round|puffy} from the {steroids|dex}, {same as|like} {last cycle|before}.")
            .with(HYPOTHETICAL, IF_Q + " $my face {swells|gets swollen}?")
            .build(),
        new RedFlag.Builder("infusion_reaction", false)
            .with(
                PRESENT,
                "$I got {home from|back from} {infusion|the infusion|$chemo} and {my throat feels tight|I'm breaking out in hives|I have hives all over and my throat feels tight}.",
                "{Hives|Itchy welts} {all over|on my chest and neck} {started|came on} {after|right after} {today's|the} {infusion|$drug}{|, throat feels tight}.")
            .with(NEGATED, "{No hives|No reaction|No throat tightness}{| this time}.")
            .with(
                PAST,
                "$I had {a reaction|hives} {during|with} {the first|my first} {Rituxan|infusion} {but they slowed it down and it was fine|that was handled at the time}.")
            .with(HYPOTHETICAL, IF_Q + " $I $have a reaction {at home|after I leave}?")
            .build(),
        new RedFlag.Builder("severe_pain", false)
            .with(
                PRESENT,
                "{The|My|$whos} pain is {a 9 out of 10|10/10|unbearable|out of control} {even after|even with} {the $opioid|$my pain meds|the oxycodone} {and|and} {I can't sleep|I'm crying|nothing is touching it}.",
                "{Pain|Severe pain} in $my $bodypart {is not controlled|isn't controlled} {by the meds|with what $dr prescribed}, {took|taking} {my max dose|everything I'm allowed}.",
                "{The pain in $my $bodypart|$my pain} is {through the roof|the worst it's ever been|unbearable tonight} and {the $opioid|$my pain meds} {aren't touching it|do nothing|only help for an hour}{|, $I can't sit still}.")
            .with(
                BELOW_THRESHOLD,
                "{Pain is|The pain is} {about a 3|a 4 out of 10|manageable} with {the $opioid|tylenol|$my meds}[, just annoying].")
            .with(
                HYPOTHETICAL,
                IF_Q + " the pain meds {stop working|don't work} {at night|on the weekend}?")
            .build(),
        new RedFlag.Builder("suicidal", false)
            .with(
                PRESENT,
                "{Honestly|Lately|To be honest|} $I $dont want to be here anymore{|, $Im tired of fighting}. {$Ive|$I} {been thinking about|thought about} {ending it|killing $myself|taking all $my pills}.",
                "{Lately|Since the scan|This week} $I keep$s thinking about {ending it all|hurting $myself|killing $myself}{| and $I $dont see the point}.")
            .with(NEGATED, "$Im {down|feeling low} but {not|no} thoughts of hurting $myself.")
            .with(
                BELOW_THRESHOLD,
                "$Ive been {feeling down|more depressed|weepy} {since|with} the diagnosis. {Is there a counselor|Can I talk to someone|Is there a support group}?")
            .build());
  }
}
