package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Intents that need an oncologist's decision: new problems, treatment changes, results not yet
 * explained, new prescriptions and interactions (billable), and controlled-substance refills,
 * prognosis already covered, trials, second opinions and judgment letters (not billable).
 */
final class MedicalIntents {

  private MedicalIntents() {}

  private static Intent md(String name, String category, boolean billable, String... phrasings) {
    return Intent.of("md." + name, category, Need.medical(billable), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        md(
            "result_unexplained",
            "result_unexplained",
            true,
            "{Can someone|Could $dr} {explain|go over} {my|the} {$scan|MRI|bone marrow biopsy|blood work} {results|report} {from $pastdate|that just came in}? {It mentions|I see} {\"new hypodense lesions\"|\"increase in size\"|\"concerning for recurrence\"|a high number flagged red} {and I don't know what to think|and we're worried}.",
            "$my {platelets|hemoglobin|white count|creatinine|liver numbers} {were|came back} {really low|high|flagged} {on|in} {the labs today|this week's labs|my bloodwork}. {Will I still get $chemo $date|Does this change my treatment|Do I need a transfusion}?",
            "{I see|I just saw|The portal shows} $my $scan {results|report} {from $date|posted} {but nobody has called|before my appointment|and no one has gone over it}. It says {new nodule|a new spot|\"progression\"|enlarged lymph nodes|a lesion in the liver|something about the bone}. {What does this mean|Does this mean it's back|Is the treatment not working}? {I'm|We're} {scared|freaking out|so anxious}.",
            "$my $marker went {up|from 12 to 31|up again|way up} {on the labs from $date|this time}. {Nobody has explained it yet|$dr hasn't seen it yet}. {Should I be worried|What does it mean|Do we need to change anything}?",
            "$my $lab {is|was} flagged {high|low|critical|abnormal} on {today's labs|the labs from $date}{| and it wasn't like that before}. {What does that mean|Do I need to do anything|Is it from $drug}?",
            "{Got|Just got} the {biopsy|path|pathology} results {on the portal|in mychart}. {Can someone explain|What does} {\"margins positive\"|\"high grade\"|\"Ki-67 40%\"|\"lymphovascular invasion\"} {mean|mean for me}? {Will I need more treatment|What's the next step}?"),
        md(
            "hold_delay_change",
            "treatment_change",
            true,
            "{Can we|Is it possible to|Could we} {delay|push|hold|postpone} $my $cycle {by a week|a week|until after $date} {for my daughter's wedding|because I have a trip|so I can recover more|because $Im still so wiped out}? {Would that affect how well it works|Is that safe}?",
            "$Im {thinking about|considering} {stopping|taking a break from} $drug. {The side effects are too much|I just don't feel like myself|I want to enjoy the summer}. {Can we talk about options|What would happen if I stop|Can we lower the dose}?",
            "Should $I {skip|hold} $my $drug {this week|today|until I feel better} {because of|with} {the cold I have|a sinus infection|a dental procedure on $date|the surgery on $date}?"),
        md(
            "new_symptom",
            "new_problem",
            true,
            "{Something new|A new thing}: {I|$I} {keep getting|$have} {night sweats|a hoarse voice|blurry vision in one eye|ringing in my ears|pain when I swallow|heartburn that won't quit} {for $weeks|since $date|the last couple of weeks}. {Not sure if it's related|Could this be the cancer|Could it be $drug}? {What should I do|Should I be seen}?",
            "{I've noticed|$Ive noticed} {I'm|$Im} {bruising really easily|getting big bruises on $my arms and legs|losing weight without trying|getting yellow in the eyes} {lately|this week}. {No bleeding otherwise|Otherwise feel ok}. {Is this something to worry about|Should I get labs}?",
            "{My|$my} {hip|shoulder|knee|rib} {has been hurting|hurts} {for $weeks|more and more} {and|and now} {it hurts to walk|it wakes me up at night|I'm limping}. {Do I need an x-ray|Could it be in the bone|Should $dr look at it}?",
            "{$Ive had|There's} {a new|this} {ache|pain|dull pain} in $my $bodypart for {$weeks|about two weeks|weeks now} that {isn't going away|keeps coming back|is worse at night}. {Tylenol takes the edge off|It's not terrible}{| but I'm worried}. {Should I get it checked|Could it be spreading|Does $dr want a scan}?",
            "$I {found|noticed|felt} a {new lump|small lump|hard bump|swollen gland} {in $my neck|under $my arm|near $my collarbone|in $my groin|on $my scar} {last week|a few days ago|yesterday}. {It doesn't hurt|It's pea sized}. {Should someone look at it|Do I need to come in}?",
            "$Ive had {headaches|morning headaches|a headache} {every day|almost every day} for {$weeks|the last couple weeks} {which is new|and I never get headaches}. {No vision changes|Tylenol helps a little}. {Should I be worried|Do I need an MRI}?",
            "$my {belly|abdomen|stomach} {has been getting bigger|feels swollen|is bloated and tight} {over|for} $weeks{| and my pants don't fit}. {Could it be fluid|Is this the cancer}? {Not in severe pain|Eating less}.",
            "$my {ankles|feet|both legs} {have been|are} {a bit|kind of} swollen {for a week|the last few days}, {both sides|equally}, {no pain|not red}. {Is that from $drug|Do I need a diuretic}?"),
        md(
            "new_prescription",
            "new_prescription",
            true,
            "{Can $dr|Could $dr|Can someone} prescribe {something for sleep|something for anxiety|an antidepressant|something for the hot flashes|an appetite stimulant|a cream for the hand foot thing}? $I {$havent slept well in weeks|keep$s waking up at 3am|$am so anxious before scans}.",
            "$my {PCP|dentist|urgent care} {wants to start|prescribed} $newmed. {Is that ok with|Does that interact with|Can I take it with} $drug?",
            "I think $I $have a UTI again, {burning when I pee|going a lot}, no fever. {Can $dr send|Could you call in} an antibiotic?"),
        md(
            "supplement",
            "supplement_interaction",
            true,
            "{Is it ok|Is it safe|Can I} {to take|start} $supplement {with|while on|during} $regimen? {My friend swears by it|I read it helps with fatigue|My naturopath recommended it}.",
            "$I started {taking|using} $supplement {a couple weeks ago|last month} {and forgot to mention it|without asking}. {Does it interfere with|Is it bad with} $drug? {Should I stop}?"),
        md(
            "controlled_refill",
            "refill_controlled",
            false,
            "{Hi|Hello}{,|} {I need|Could I get} {a refill|a new prescription|my monthly script} for $my $opioid. {Taking it the same as prescribed|Same dose as always|No change in how I take it}{| and the pain is controlled}. {I pick up at|Send it to} $pharmacy.",
            "{Time for|Need} {my|the} $controlled {refill|rx} {again|} {please|pls}{| - same as last month}.",
            "{Can I get|Need|Requesting} a refill {of|on} $my $controlled[ {10 mg|5 mg|0.5 mg|1 mg}], same {dose|as before|as last month}. {I have|Down to} {3|a few|2 days} left. [$pharmacy]",
            "{Refill|Rx} {request|please}: $controlled, {no changes|same dose, nothing different}. {Pain is|Things are} {stable|about the same}.",
            "$pharmacy {won't|can't} fill $my $controlled {without a new script|until the doctor sends it}. {Can $dr send it|Can you send it}? {Same as before|Nothing changed}."),
        md(
            "controlled_change",
            "controlled_dose_change",
            true,
            "The $opioid {isn't lasting|only lasts} {4 hours|a few hours} {anymore|now} and the pain {comes back|creeps back} {before the next dose|at night}. {Pain is about a 5|It's manageable but annoying}. {Can $dr increase it|Can I take it more often|Is there a long acting one}?",
            "{I'd like to|I want to} {cut back on|come off|taper} the $opioid. {Pain is better|I don't like how it makes me feel}. {How should I do that|Can $dr give me a plan}?"),
        md(
            "prognosis_new",
            "prognosis",
            true,
            "{Now that|Since} the $scan {showed|shows} {it spread|progression|new spots}, {how much time|what are we looking at|what are the options}? {We need to plan|I want to be honest with my kids}.",
            "{We've|I've|$Ive} been {thinking about|talking about} {hospice|stopping treatment|focusing on comfort}. {Is it time|Does $dr think it's time|What would $dr recommend}{| now that $Im so weak}?",
            "{Is|Are} {this|these results} {curable|still treatable} {at this point|after what the $scan showed}? {We haven't talked about it yet|No one has said}."),
        md(
            "prognosis_covered",
            "prognosis_covered",
            false,
            "$dr {said|mentioned} at $my {last|recent} appointment {that|how} {the average|most people} {on $regimen|with this} {do|live} {a couple of years|several years|for a while}. {I didn't write it down|My husband remembers it differently}. {Could you remind us|Can someone confirm what she said|What was the number}?",
            "{At|During} {my|our} last {visit|appointment} $dr {talked about|went over} {what to expect|the prognosis|the numbers|how long the treatment works}. {I|We} {wanted to ask again|just needed to hear it again|forgot some of it}: {is it still|was it} {about a year|a couple years|years not months}?",
            "{I know|We know} $dr {explained|said} at {the|our} last {visit|appt} that {it's not curable|it's treatable but not curable|the goal is control}. {Can you remind me|I just want to make sure I understood} what {she|he|$dr} said about {time|the timeline}."),
        md(
            "clinical_trial",
            "clinical_trial",
            false,
            "{My|Our} {son|daughter|brother} {found|sent me} a {study|trial} {on clinicaltrials.gov|at the university|for $cancer with a new pill} {NCT number is in the link|that's recruiting}. {Could $dr look at whether I'd qualify|Is it something I could do}?",
            "If {this|$my current} treatment {stops working|doesn't work}, {are there|would there be} {trials|research studies} {here|nearby} {for someone like me|for $cancer}? {Just want to know our options|No rush}.",
            "{Are there|Is there} {any|a} {clinical trials|trial|studies} $I {might qualify for|could join|would be eligible for} {for|with} $cancer? {I read about one|My cousin mentioned one} {at|online|for} {MD Anderson|Sloan|a new drug}.",
            "Would $I be {eligible|a candidate} for the {trial|study} {$dr mentioned|on clinicaltrials.gov|with the new antibody}? {I'm interested|We want to try it}."),
        md(
            "second_opinion",
            "second_opinion",
            false,
            "{My|Our} {family|kids|wife} {wants|would like} {me|us} to {see|talk to} {someone at|a specialist at} {Stanford|Johns Hopkins|City of Hope|the Cleveland Clinic} {before|about} $my {next step|surgery|treatment plan}. {Can you send a referral|Would $dr support that|What do we need to do}?",
            "{I|We} {want|would like} to get a second opinion {at|from} {Mayo|Dana Farber|MD Anderson|a university hospital}. {Does $dr think it's worth it|Could $dr refer us|Would $dr be offended}?"),
        md(
            "judgment_letter",
            "letter_judgment",
            false,
            "{I'd like|I need} {a letter|a note} from $dr {stating|that says} {whether|if} $Im {able|well enough} to {serve on jury duty|travel to Europe next month|return to full duty at work|drive a school bus} {while on|during} $chemo.",
            "{Can $dr|Could $dr} write a letter {saying|that says} {I'm fit to|$Im fit to|whether I can} {go back to work|fly|travel overseas|do my job} {while on|during} $regimen? {My employer needs it|The airline requires it|HR wants it by $date}.",
            "{Can $dr|Would $dr} {sign|fill out} {the|my} {medical marijuana card form|form saying I can drive|clearance for my dental surgery|clearance form for knee surgery}? {It needs|They need} {a doctor's opinion|$dr's signature}.",
            "{I need|We need} a {letter of medical necessity|disability letter|letter for my disability claim} {for|about} $my $cancer {treatment|and chemo}. {Can $dr write it|Who does that}?"));
  }
}
