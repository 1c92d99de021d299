package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Minimal triples that hold the clinical words fixed and change only the ask. Each topic names the
 * same artifact (the patient's scan, tumor marker, blood count, pathology report, cancer drug,
 * antiemetic, home medicine, radiation, controlled medicine) in the same words, then asks one of
 * three things: an administrative ask (a copy, a bill, a prior authorization, a ride: medical
 * assistant), a protocol ask (a result the physician already explained or a normal one, how to take
 * a medicine already prescribed, an expected side effect, a same-dose supportive refill: nurse), or
 * a decision (a new finding nobody has gone over, a treatment change, a new prescription, an
 * interaction, a controlled-substance refill: oncologist). Only the ask tells them apart, so the
 * model must learn the ask (LABELING, all three levels).
 */
final class SameWordsIntents {

  private SameWordsIntents() {}

  /** The infix of these intents' names ("ma.same_scan", "rn.same_scan", "md.same_scan"). */
  static final String INFIX = ".same_";

  private static final String SCAN = "$my $scan {from $pastdate|on $pastdate|last week}";
  private static final String MARKER = "$my $marker {from $pastdate|on the last labs|this month}";
  private static final String COUNT = "$my {platelets|white count|hemoglobin|ANC}";
  private static final String PATHOLOGY =
      "the {pathology|biopsy} {report|results}{| and slides} from {my surgery|the biopsy on $pastdate}";
  private static final String DRUG = "$my $drug";
  private static final String ANTIEMETIC = "$my $antiemetic";
  private static final String HOME_MED = "$my $noncontrolled";
  private static final String RADIATION = "$my radiation {on $date|this week|every morning}";
  private static final String CONTROLLED = "$my $controlled";
  private static final String SECOND =
      "{my|the} second opinion at " + ArtifactAdminIntents.SECOND_SITE;
  private static final String REFERRAL =
      "{the hematology referral|the referral to hematology} for $my low {platelets|white count}";
  private static final String NEW_MED = "$newmed";
  private static final String SUPPORTIVE = "$my {$supportive|$bowel}";

  /** One topic: the same words, three asks. */
  private record Topic(String name, String[] admin, String[] nursing, String[] medical) {}

  private static String[] of(String... phrasings) {
    return phrasings;
  }

  private static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "scan",
              of(
                  "{About|Re:|Question about} "
                      + SCAN
                      + ": {can you send the report and a disc of the images to my PCP|I need a copy of the report for my records|the bill for it came to me instead of insurance, can billing check|the portal won't open the report, it says access denied}{| please}.",
                  SCAN
                      + " - {can I get|please mail me} a {copy of the report|CD of the images} for {my surgeon|my files|"
                      + ArtifactAdminIntents.SECOND_SITE
                      + "}{|, thanks}.",
                  "{About|Re} "
                      + SCAN
                      + ", {prior auth for the next one|billing question}, pls call"),
              of(
                  SCAN
                      + " {came back|was} {stable|unchanged|clear}, $dr went over it {with me at the visit|on the phone}. {I forgot what \"stable disease\" means, can you remind me|When is the next one due|Do I need the contrast drink again next time}?",
                  "{About|Re:} "
                      + SCAN
                      + ": $dr {already explained it|went over it at the visit} and said {it looks good|no change}. {Just to check|Quick question}, {how often do I get them now|do I fast the same way next time}?",
                  SCAN + " {normal|stable} per $dr, when is the next one?"),
              of(
                  SCAN
                      + " {just posted|came back today} and {nobody has gone over it yet|$dr hasn't seen me since}. It says {\"new 8 mm nodule\"|\"increase in size\"|\"new lesions in the liver\"|\"suspicious for progression\"}. {What does that mean|Does the treatment need to change}?",
                  "{About|Re:} "
                      + SCAN
                      + ": the report {mentions|says} {a new spot|\"enlarged nodes\"|\"interval progression\"} and {no one has called|it hasn't been discussed}. {Is it worse|What happens now}?",
                  SCAN + " says {new lesion|progression}, nobody explained, what now?")),
          new Topic(
              "marker",
              of(
                  "{Can you|Please} {fax|send} "
                      + MARKER
                      + " to {my primary doctor|my PCP|the surgeon's office}{| for my records}.",
                  "{I was billed|We got a bill} for "
                      + MARKER
                      + "{| test}. {Is that covered|Can billing check it}?",
                  MARKER
                      + " - {portal won't show it|can't find it in the app}, can you {mail a copy|reset my access}?"),
              of(
                  MARKER
                      + " was {normal|the same as last time|in range} and $dr said {it looked good|no change} at the visit. {How often will it be checked now|Do I need to fast for the next draw}?",
                  "$dr {went over|explained} "
                      + MARKER
                      + " {at the visit|already}{| and said it was fine}. {When is the next one|Is it checked every cycle}?",
                  MARKER + " normal per $dr, next check when?"),
              of(
                  MARKER
                      + " went {from 18 to 46|up again|up for the second time} and {no one has explained it|$dr hasn't called}. {Does it mean the cancer is growing|Do we need a scan|Should we change treatment}?",
                  "{About|Re:} "
                      + MARKER
                      + ": it {is higher than ever|doubled} and {nobody has said anything|it hasn't been discussed}. {What does it mean for me|Is the treatment still working}?",
                  MARKER + " way up, not discussed yet, worse?")),
          new Topic(
              "count",
              of(
                  "$dr {wants|ordered} a recheck of "
                      + COUNT
                      + " {before $cycle|next week}. {What time is the lab draw|Is the order in so I can go to $place|Can I do the draw at the outside lab}?",
                  "{The lab|The outside lab} {says|said} {there's no order|they need the order} for "
                      + COUNT
                      + " {check|recheck} $dr wanted{| on $date}. {Can you send it over|Can someone fax it}?",
                  COUNT + " recheck {$date|next week}, what time {is the draw|do I come}?"),
              of(
                  COUNT
                      + " {was|were} low {like $dr said it would be|as expected} and $dr {already went over it|said it's from the chemo and to keep going}. {What precautions should I take|Should I avoid crowds|Is a soft toothbrush enough}?",
                  "{About|Re:} "
                      + COUNT
                      + ": $dr explained the low number at the visit{| and the plan stays the same}. {Any tips for the low days|What should I watch for}?",
                  COUNT + " low as expected per $dr, precautions?"),
              of(
                  COUNT
                      + " {dropped to|came back at} {48|0.6|7.9|0.9} {today|this morning} and {nobody has called|no one has said anything}. {Will I still get $chemo $date|Do I need a transfusion|Should treatment be held}?",
                  "{About|Re:} "
                      + COUNT
                      + ": {lowest it's ever been|flagged critical} on {today's|this week's} labs, {not discussed yet|no call yet}. {Does $cycle go ahead|What happens with treatment}?",
                  COUNT + " {48|0.6|7.9} today, no one called, chemo still on?")),
          new Topic(
              "pathology",
              of(
                  "{Can I get a copy of|Please send} "
                      + PATHOLOGY
                      + " to {my surgeon|my PCP|"
                      + ArtifactAdminIntents.SECOND_SITE
                      + "}{| before $date}.",
                  "{About|Re:} "
                      + PATHOLOGY
                      + ": {the second opinion office|my new doctor} {needs the slides|needs a copy}. {Where do I request them|Who sends them}?",
                  PATHOLOGY + " copy {pls|please}, for my files"),
              of(
                  "$dr went over "
                      + PATHOLOGY
                      + " with me {at the visit|on the phone} and {the plan is set|we start $regimen $date}. {What does \"grade 2\" mean again|Where can I read more about it|Is there a handout about it}?",
                  "{About|Re:} "
                      + PATHOLOGY
                      + ": $dr explained it{| at the visit} and said {clean margins|nothing more is needed}. {Can I see it in the portal|How do I explain it to my kids}?",
                  PATHOLOGY + " explained already by $dr, where to read more?"),
              of(
                  PATHOLOGY
                      + " {posted|showed up} {on the portal|in mychart} {and nobody has called|before my appointment}. It says {\"positive margins\"|\"lymphovascular invasion\"|\"2 of 12 nodes positive\"|\"high grade\"}. {Do I need more surgery|Does this change the plan}?",
                  "{About|Re:} "
                      + PATHOLOGY
                      + ": {it mentions|I see} {\"close margins\"|\"Ki-67 40%\"|\"positive nodes\"} and {no one has explained it|we haven't talked}. {What does it mean for my treatment|Is more treatment needed}?",
                  PATHOLOGY + " says positive margins, not discussed, more surgery?")),
          new Topic(
              "drug",
              of(
                  "{Any update on|What's the status of} the prior {auth|authorization} for "
                      + DRUG
                      + "? {The specialty pharmacy is waiting|Insurance said it's pending}.",
                  "{Is there a copay card|Any copay help} for "
                      + DRUG
                      + "? {It's|The copay is} {600|1,100|350} dollars a month.",
                  DRUG + " {delivery|shipment} {didn't come|is late}, who do I call?"),
              of(
                  "{How should I take|Can I take} "
                      + DRUG
                      + " {with food|at night instead of the morning|with my other pills}? {The sheet isn't clear|I lost the instructions}.",
                  "I {missed|forgot} {a dose of|} "
                      + DRUG
                      + " {this morning|last night}. {What does the sheet say to do|Do I take it now or wait}?",
                  DRUG + " with food or without?"),
              of(
                  "{I want to|Can I} {stop|take a break from|cut back on} "
                      + DRUG
                      + " {because of the side effects|for a couple weeks for a trip|because I feel so tired}. {Can we lower the dose|What would $dr suggest}?",
                  "{About|Re:} "
                      + DRUG
                      + ": {it's too much|the fatigue is too much} and I'd like to {skip the next cycle|go down a dose}. {Can $dr decide|Is that ok}?",
                  DRUG + " too much, lower dose?")),
          new Topic(
              "antiemetic",
              of(
                  "{The pharmacy says|Insurance says} "
                      + ANTIEMETIC
                      + " needs a prior {auth|authorization}. {Has your office sent it|Who handles that}?",
                  "{Is there a cheaper way to get|Any copay help for} "
                      + ANTIEMETIC
                      + "? {It was 90 dollars|Insurance only covers 10}.",
                  ANTIEMETIC + " prior auth status?"),
              of(
                  "{Can I get a refill of|Please refill} "
                      + ANTIEMETIC
                      + ", same dose. {It works when I take it|It keeps the nausea away}.",
                  "{How many|How often} {of|can I take} "
                      + ANTIEMETIC
                      + " {in a day|between doses}? {It helps|It works} but {the label is confusing|I want to be safe}.",
                  ANTIEMETIC + " refill pls, same dose, it works"),
              of(
                  ANTIEMETIC
                      + " {isn't working anymore|doesn't touch the nausea} {this cycle|since $cycle}. {Can I get something stronger|Can $dr add something else|Is there a different one}?",
                  "{About|Re:} "
                      + ANTIEMETIC
                      + ": {I'm taking it on schedule|I take it as written} and still {can't eat|throw up after meals} for days. {Can the plan change|I need a different medicine}.",
                  ANTIEMETIC + " not working, need something else")),
          new Topic(
              "home_med",
              of(
                  "{Can you send|Please send} a refill of "
                      + HOME_MED
                      + " to $pharmacy. {Same dose|No change}{| as always}.",
                  HOME_MED + " refill {needed|pls}, same as before, $pharmacy",
                  "$pharmacy {says|said} "
                      + HOME_MED
                      + " {needs a new script|is out of refills}. {Same one as always|Nothing changed}."),
              of(
                  "{Do I take|Should I take} "
                      + HOME_MED
                      + " the morning of {my infusion|the scan|$cycle}? The {sheet|instructions} {say|said} to take my usual {meds|pills}.",
                  "{With|On} $regimen, {do I keep|is it still ok to keep} taking "
                      + HOME_MED
                      + " {at the same time|like before}? {It's on the list $dr reviewed|It's on the handout}.",
                  HOME_MED + " morning of infusion ok per sheet?"),
              of(
                  "{My PCP|My cardiologist} wants to add $newmed {next to|on top of} "
                      + HOME_MED
                      + ". {Is that ok with|Does it interact with} $drug?",
                  "{About|Re:} "
                      + HOME_MED
                      + ": {the ER|urgent care} {started|added} $newmed {this week|yesterday}. {Is that safe with $drug|Will it mix with $regimen}?",
                  HOME_MED + " plus new $newmed, ok with $drug?")),
          new Topic(
              "radiation",
              of(
                  "{Can someone set up rides|Is there a ride program} for "
                      + RADIATION
                      + "? {I don't drive|My daughter works}.",
                  "{Can I move|Is there a later slot for} "
                      + RADIATION
                      + "{| to the afternoon}? {Work|My ride} {starts early|can't do mornings}.",
                  RADIATION + " - parking pass {pls|please}?"),
              of(
                  "{The skin is pink and itchy|My throat is a bit sore} from "
                      + RADIATION
                      + ", {like the team said it might|as expected}. {Which lotion should I use|Is the rinse ok to keep using}?",
                  "{Tired|A bit tired} {after|from} "
                      + RADIATION
                      + "{| but eating ok}. {Is that normal|Any tips for the fatigue}?",
                  RADIATION + ", pink itchy skin, which cream?"),
              of(
                  "{Can I skip a week of|Can we pause} "
                      + RADIATION
                      + " {for a family wedding|for a trip out of state|because I'm so worn out}? {Would it matter|Is that safe}?",
                  "{About|Re:} "
                      + RADIATION
                      + ": {I want to stop early|I'd like to take a break} {the skin is too much|I can't keep up}. {Can $dr decide|Is that ok}?",
                  RADIATION + ", can I take a week off?")),
          new Topic(
              "second_opinion",
              of(
                  SECOND
                      + " is {booked for $date|next month}. They need the $scan {disc|images} and the {pathology slides|biopsy slides}. {How do I request them|Can you send them}?",
                  "{About|Re:} "
                      + SECOND
                      + ": {please send|can you mail} {the slides and the disc|my records and the $scan images} {before $date|this week}.",
                  SECOND + " {$date|next week}, slides and disc pls"),
              of(
                  SECOND
                      + " {agreed with|said the same as} $dr{| after looking at the slides and the $scan images}, so we start $regimen {on $date|next week} as planned. {Do I need to do anything before the first infusion|What should I bring|Can I eat before}?",
                  "{About|Re:} "
                      + SECOND
                      + ": they {agreed with the plan|said to go ahead} and $dr {went over it|already knows}. {Is the chemo teaching still on $date|Do I still do labs the day before}?",
                  SECOND + " agreed w plan, prep for first infusion?"),
              of(
                  SECOND
                      + " {read the slides differently|suggested adding radiation|recommended a different regimen|thinks surgery should come first}{| after reviewing the $scan images}. {What does $dr think|Should we change the plan}?",
                  "{About|Re:} "
                      + SECOND
                      + ": {their report|the letter} says {something different from the plan|to consider a trial instead}. {Can $dr look at it and decide with us|Which plan do we follow}?",
                  SECOND + " disagrees w plan, what now?")),
          new Topic(
              "referral",
              of(
                  REFERRAL
                      + " {never arrived|isn't in their system}{| according to their office}. {Can you fax it again|Who can resend it}?",
                  "{About|Re:} "
                      + REFERRAL
                      + ": {my insurance needs the referral number|their office needs the notes}. {Can you send it|Where do I get it}?",
                  REFERRAL + " not received, resend pls"),
              of(
                  REFERRAL
                      + " is {booked for $date|next week} and $dr {already explained why|told me it's routine}. {Do I need to fast for the blood draw there|Should I keep taking $drug until then|Do I bring my med list}?",
                  "{About|Re:} "
                      + REFERRAL
                      + ": $dr said {it's just to be safe|it's expected with this chemo}. {Any precautions until the visit|What should I watch for meanwhile}?",
                  REFERRAL + " set for $date, fast for labs?"),
              of(
                  "{My|$my} {platelets|white count} {keep dropping|are lower every cycle} and {nobody has said what to do|it hasn't been discussed}. {Should I see hematology|Can $dr refer me to hematology|Does treatment need to change}?",
                  "{About|Re:} "
                      + REFERRAL
                      + ": {the numbers got worse since|it's been a month and they're lower}. {Should we hold treatment|Does $dr want to change the plan}?",
                  "low {platelets|white count} worse, hematology referral or change plan?")),
          new Topic(
              "new_med",
              of(
                  "{The pharmacy doesn't have|$pharmacy is out of} "
                      + NEW_MED
                      + " $dr sent {yesterday|this morning}. {Can you send it to a different pharmacy|Can you move it to Walgreens}? {Same prescription|Nothing changes}.",
                  "{My insurance wants|The pharmacy needs} a prior auth for "
                      + NEW_MED
                      + " $dr {prescribed|sent}. {Has it been sent|Who handles that}?",
                  NEW_MED + " $dr sent, move to other pharmacy pls",
                  "{Is Claritin covered|Does insurance cover the antibiotic $dr sent} or do I buy it {over the counter|myself}? {The pharmacy asked|Just a cost question}."),
              of(
                  "$dr {prescribed|started me on} "
                      + NEW_MED
                      + " {last week|at the visit}. {Do I take it with food|Morning or night|Can I take it the same day as $chemo}? {The label is confusing|I lost the sheet}.",
                  "{About|Re:} "
                      + NEW_MED
                      + " $dr gave me: {how long do I keep taking it|do I finish the whole bottle}? {The instructions say 7 days|The sheet says as directed}.",
                  NEW_MED + " from $dr, with food?",
                  "The {handout|sheet} says to take {Claritin|loratadine} for the bone pain after the {Neulasta|Udenyca} shot. {How long do I keep taking it|Once a day is right}?"),
              of(
                  "{My PCP|Urgent care|My dentist} {wants to start|gave me} "
                      + NEW_MED
                      + " {today|yesterday}. {Is that ok with|Does it interact with} $drug?",
                  "{About|Re:} "
                      + NEW_MED
                      + ": {another doctor|the ER} {prescribed it|started it} and {I haven't taken it yet|I'm waiting}. {Is it safe with $regimen|Will it mix with $drug}?",
                  NEW_MED + " from another doctor, ok with $drug?")),
          new Topic(
              "supportive",
              of(
                  "{Is there a copay card|Any cost help} for "
                      + SUPPORTIVE
                      + "? {The pharmacy wants 120 dollars|Insurance won't cover the brand}.",
                  "{The pharmacy says|$pharmacy says} "
                      + SUPPORTIVE
                      + " needs a prior auth. {Has it been sent|Who handles that}?",
                  SUPPORTIVE + " prior auth status?"),
              of(
                  "{Can I get a refill of|Please refill} "
                      + SUPPORTIVE
                      + ", same dose. {It works|It helps a lot}{| to $pharmacy}.",
                  "{How often|How many times a day} can I use "
                      + SUPPORTIVE
                      + "? {It helps|It works} and {I want to follow the sheet|the label is confusing}.",
                  SUPPORTIVE + " refill same dose pls"),
              of(
                  SUPPORTIVE
                      + " {isn't working anymore|stopped helping} {this cycle|since $cycle}. {Can I get something stronger|Can $dr change it|Is there a different one}?",
                  "{About|Re:} "
                      + SUPPORTIVE
                      + ": {taking it as written|using it every day} and {it doesn't help|no change}. {I need a different plan|Can the dose go up}?",
                  SUPPORTIVE + " not working, need stronger")),
          new Topic(
              "controlled",
              of(
                  "{The pharmacy says|$pharmacy says} "
                      + CONTROLLED
                      + " needs a prior {auth|authorization} before they fill what $dr sent. {Has your office sent it|Who handles that}?",
                  "{My copay for|The bill for} "
                      + CONTROLLED
                      + " {went up|doubled} {this month|with the new plan}. {Who do I ask about cost|Is there a cheaper pharmacy}?",
                  CONTROLLED + " prior auth status?"),
              of(
                  "{How do I safely get rid of|Where can I drop off} {the leftover|extra} "
                      + CONTROLLED
                      + "{| now that the pain is gone}? {Is there a take back box|Can I flush it}?",
                  "{How should I store|Where do I keep} "
                      + CONTROLLED
                      + " {with grandkids visiting|so nobody takes it}? {A lock box|Any tips}?",
                  CONTROLLED + " leftover, how to dispose?"),
              of(
                  "{Can I get|Need} a refill of "
                      + CONTROLLED
                      + ", same dose{| to $pharmacy}. {Down to a few|Almost out}.",
                  "{About|Re:} " + CONTROLLED + ": refill please, {same as before|no change}.",
                  CONTROLLED + " refill, same dose")));

  static List<Intent> all() {
    List<Intent> out = new ArrayList<>();
    for (Topic t : TOPICS) {
      out.add(
          Intent.of("ma" + INFIX + t.name(), "same_words_admin", Need.administrative(), t.admin()));
      out.add(
          Intent.of("rn" + INFIX + t.name(), "same_words_protocol", Need.nursing(), t.nursing()));
      boolean billable = !t.name().equals("controlled");
      out.add(
          Intent.of(
              "md" + INFIX + t.name(),
              billable ? "same_words_decision" : "refill_controlled",
              Need.medical(billable),
              t.medical()));
    }
    return List.copyOf(out);
  }

  /** The topic names, in order. */
  static List<String> topics() {
    return TOPICS.stream().map(Topic::name).toList();
  }

  /** The shared words of each topic that names its artifact in one fixed phrase. */
  static final java.util.Map<String, String> SHARED =
      java.util.Map.of(
          "scan", SCAN,
          "marker", MARKER,
          "count", COUNT,
          "pathology", PATHOLOGY,
          "drug", DRUG,
          "antiemetic", ANTIEMETIC,
          "home_med", HOME_MED,
          "radiation", RADIATION,
          "controlled", CONTROLLED,
          "second_opinion", SECOND);
}
