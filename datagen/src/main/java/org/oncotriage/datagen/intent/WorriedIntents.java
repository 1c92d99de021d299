package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Requests of every level written with worry and with drug and test names. Mostly protocol
 * questions a nurse resolves (scan preparation the night before, a normal or already explained
 * marker, an expected side effect that the prescribed medicine controls, the first infusion, port
 * care after a normal check, the fever plan asked ahead of time), and, with the same fear words,
 * administrative asks (parking and arrival for a scan, a companion in the room, a sooner date for a
 * result visit already booked) and decisions (a new symptom, a result nobody explained), so that
 * fear alone does not tell the level. Fear and clinical vocabulary do not raise the need (LABELING
 * "nurse": preparation, how to take a medicine already prescribed, a normal or explained result,
 * expected mild side effects, hypothetical questions).
 */
final class WorriedIntents {

  private WorriedIntents() {}

  /** The infix of these intents' names ("rn.worried_scan_prep"). */
  static final String INFIX = ".worried_";

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn" + INFIX + name, category, Need.nursing(), phrasings);
  }

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of("ma" + INFIX + name, category, Need.administrative(), phrasings);
  }

  private static Intent md(String name, String category, String... phrasings) {
    return Intent.of("md" + INFIX + name, category, Need.medical(true), phrasings);
  }

  private static final String FEAR =
      "{I'm so nervous|I'm a wreck|I'm really scared|I'm freaking out a little|I'm anxious|I can't sleep worrying}";

  static List<Intent> all() {
    return List.of(
        rn(
            "scan_prep",
            "procedure_prep",
            FEAR
                + " about $my $scan {on $date|tomorrow|this week}. {Do I stop eating the night before|How long do I fast|Can I have coffee that morning}, and {can I take my $noncontrolled|do I still take $antiemetic}?",
            "{My|The} $scan is {$date|tomorrow} and "
                + FEAR
                + " about what it will show. {Just|Quick question}: {do I drink the contrast at home|when do I stop eating|can I drive myself after}?",
            "$scan {tmrw|$date}, so nervous, fasting from when?"),
        rn(
            "marker_normal",
            "result_explained",
            "$dr said $my $marker was {normal|stable|down a little} at the visit but "
                + FEAR
                + ". {When will it be checked again|Is it every cycle or every 3 months}?",
            "{I know|I understand} $dr {went over|explained} $my $marker {and the $scan|last week} and it was {fine|good}, but "
                + FEAR
                + " anyway. {How often do you check it|When is the next draw}?",
            "$marker {normal|ok} per $dr but still scared, next check when?"),
        rn(
            "expected_nausea",
            "side_effect_mild",
            FEAR
                + ", day {2|3|4} after $regimen and {I'm queasy|the nausea is back}, but the $antiemetic {helps|works} when I take it. {Is it ok to take it every 8 hours like the label says|Should I keep taking it on schedule}?",
            "{First|Second} time on $regimen and "
                + FEAR
                + ". {Mild nausea|A bit of nausea} and {tired|some fatigue}, {$antiemetic keeps it down|eating small meals}. {Is this the normal pattern|Anything else I should do}?",
            "$drug nausea, $antiemetic helps, worried, normal?"),
        rn(
            "first_infusion",
            "procedure_prep",
            "{First|My first} $regimen {infusion|treatment} is $date and "
                + FEAR
                + ". {What should I bring|Can I eat before|How long will it take|Do I take the $antiemetic before I come}?",
            FEAR
                + " about starting $drug {on $date|next week}. {Is there a teaching visit|Can someone walk me through the day|What do I need at home}?",
            "first $regimen $date, scared, what to bring?"),
        rn(
            "port_after_check",
            "port_care",
            "$nurse {checked|flushed} $my port {yesterday|on $pastdate} and said it looked fine, but "
                + FEAR
                + " about infection. {Can I shower normally|Can I swim|Do I need to cover it}? {No redness|It looks normal}.",
            FEAR
                + " about $my new port. {The site looks clean|Healing fine}, {no fever|no redness or drainage}. {When can I lift my grandkids|Can I sleep on that side}?",
            "port {ok|fine} per $nurse, still worried, shower ok?"),
        rn(
            "fever_plan",
            "red_flag_question",
            FEAR
                + " about getting an infection on $drug. {What temperature should I call about|If I ever get a fever do I call you or go to the ER}? {I feel fine now|No fever now}.",
            "{Everyone keeps telling me|The handout says} to watch for fever on $regimen and "
                + FEAR
                + ". {What number is too high|Who do I call at night}? {Nothing going on now|Feeling ok today}.",
            "scared of infection on $drug, what temp do I call at?"),
        rn(
            "lab_before_cycle",
            "procedure_prep",
            FEAR
                + " that $my {counts|$lab} won't be high enough for $cycle. {Do I do labs the day before or the same day|Should I drink more water before the draw|Is the draw at $place}?",
            "{Labs|Blood work} before $cycle {on $date|tomorrow}{| and I'm nervous}. {Do I need to fast|Can I eat first|Same time as usual}?",
            "labs b4 $cycle, fast or not? nervous"),
        ma(
            "scan_logistics",
            "logistics",
            FEAR
                + " about $my $scan {on $date|tomorrow|this week}. {Where do I park|Which entrance do I use|What time should I get there|Can my husband come into the room with me}?",
            "{My|The} $scan is {$date|tomorrow} and "
                + FEAR
                + ". {Can I bring my daughter|Is there valet parking|How long will I be there}? {It's my first time at $place|We've never been there}.",
            "$scan {tmrw|$date}, so nervous, where do I park?"),
        ma(
            "results_visit_sooner",
            "scheduling",
            FEAR
                + " waiting for the results visit about $my $scan{| and $marker}. {Is there any sooner opening with $dr|Can I get on the cancellation list|Could it be a video visit so I don't wait a week}? {Any day works|I can come any time}.",
            "{The|My} visit to go over the $scan is {$date|next week} and "
                + FEAR
                + ". {Is there an earlier slot|Can you put me on the wait list}?",
            "scared, any sooner appt to go over $scan?"),
        ma(
            "companion_paperwork",
            "forms",
            FEAR
                + " about starting $regimen{| on $date}. {Can my daughter come to every infusion|Is there a form so my son can talk to you for me|How do I add my husband to the HIPAA release}?",
            "{I'm|We're} {nervous|scared} about $my {first $regimen infusion|$scan} {on $date|next week}. {How do I add my son to the release form|Can my sister be my contact person}?"),
        md(
            "new_symptom",
            "new_problem",
            FEAR
                + ". {For $weeks|The last couple of weeks} $Ive had {a new ache in my ribs|night sweats|a cough that won't go away|a lump under my arm} {on $drug|since $cycle}. {Could it be the cancer|Should I be seen|Does $dr want a scan}?",
            "{I know|I'm sure} it's probably nothing but "
                + FEAR
                + ": {a new pain in my $bodypart|a swollen gland in my neck} for $weeks, {not going away|worse at night}. {Should someone look at it|Do I need a scan}?"),
        md(
            "result_unexplained",
            "result_unexplained",
            FEAR
                + ". $my $marker {went up|doubled} {on the last labs|this month} and {nobody has called|$dr hasn't seen it yet}. {What does it mean|Does the treatment need to change}?",
            "$my $scan report {posted|came out} {this morning|last night} and "
                + FEAR
                + ". It says {\"new nodule\"|\"increase in size\"|\"new lesion\"} and {no one has gone over it|it hasn't been discussed}. {Is the treatment working|What now}?"));
  }
}
