package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Medical-assistant kinds written in every form, with the drug names, cycle numbers, narrative
 * detail and "not sick" disclaimers that physician-level messages also carry: late notices,
 * reschedules for weather, work, family or travel, portal care-team fixes, records and letter
 * copies, bill disputes about events that are over, appeal and co-pay status, whether a clinician
 * still works there, a relative joining by phone, misspelled names, unchanged non-oncology refills,
 * on-site services, a different driver, pharmacy and outside-visit FYIs, FMLA drop-off and thanks.
 */
final class OutsideLifeAdminIntents {

  private OutsideLifeAdminIntents() {}

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of("ma." + name, category, Need.administrative(), phrasings);
  }

  private static final String VISIT =
      "{appointment|infusion|lab draw|visit with $dr|$cycle infusion|port flush|chemo teaching}";

  static List<Intent> all() {
    return List.of(
        ma(
            "late_notice_story",
            "scheduling",
            "{The bus|My ride|The shuttle} {broke down|never came|is stuck on the bridge}, so {we'll|I'll} {walk in|get there} {about|around} {20|30|40} minutes late for $my "
                + VISIT
                + ".",
            "{Running behind|Behind schedule}, {bus|traffic|train}. {there by|eta} {9:40|10:15|2:20}",
            "{My daughter|My husband|$name} {had to stop for gas|got a flat|took a wrong turn}{| on the way}, so $Im going to be late {today|this morning} for $my "
                + VISIT
                + ". {Is it still ok|Will they still see me|Do I need to rebook}?",
            "{Late|running late} {today|this am}, {sorry|apologies}{| - $pname}"),
        ma(
            "reschedule_outside_reason",
            "scheduling",
            "{With the snow|With the ice storm|Because of the flooding on our road} {we can't|I can't} {get in|make the drive} {tomorrow|on $date} for $my "
                + VISIT
                + ". {Can we move it a few days|What's the next opening}?",
            "{Work is sending me|I have to travel} to {Dallas|Chicago|a conference|my sister's} {the week of $date|next week}, so $my "
                + VISIT
                + " {needs|will need} to {move|shift}. {$Im feeling fine|Nothing medical going on}{, not sick|}.",
            "{Our|My} {grandson's graduation|daughter's baby shower|family reunion} {lands on|falls on} the {same day as|day of} $my "
                + VISIT
                + ". {We'd like|I'd like} {the day after|something later that week}{| if possible}.",
            "need to {move|change} $my {$cycle|infusion|appt} {bc of|because of} {work|travel|the weather}, not sick",
            "{Rescheduling|Moving} $my "
                + VISIT
                + " {because of|for} {a wedding out of state|a work trip|my son's surgery}. {I'm|$Im} well, {no fever, nothing like that|no new problems}{| - just a calendar thing}."),
        ma(
            "portal_careteam_fix",
            "portal",
            "{My|The} portal {care team|care team list} {still has|shows} {my old nurse|a doctor I never saw|the surgeon} {instead of|and not} $dr. {Can someone fix it|Please update it}.",
            "{I set up|I tried to set up} proxy access for {my son|my daughter|$name} {but|and} {it never got approved|the code expired|they can't see messages}. {Can you redo it|What's the next step}?",
            "portal {proxy|care team} wrong, {pls fix|can someone update}",
            "{Fyi|Heads up}, {my portal|the app} {lists|has} $my {pharmacy|primary doctor|phone number} {wrong|from two years ago}{| - not urgent}."),
        ma(
            "records_after_moving",
            "records",
            "{We moved|I moved} to {Ohio|Arizona|be near my kids|a new state} {last month|this summer} and $my new {oncologist|cancer center} {needs|wants} $my records{|, including the $scan images and $regimen notes}. {Where do I send the release|How do I start that}?",
            "{Please send|Kindly send} $my {chart|records|treatment summary} to {Dr. Lindqvist|the new clinic|my new oncologist} {in Tucson|in Raleigh|out of state}. {Fax number to follow|I'll sign whatever form is needed}.",
            "records to new {doctor|cancer center} after {move|moving}, {how|form}?"),
        ma(
            "letter_copy_again",
            "records",
            "{Could I get|Can you print|Please send} another copy of the {letter|note} $dr {wrote|signed} {in March|on $pastdate|last month} for {my employer|the airline|my landlord|school}? {I lost mine|They want the original|It got wet}.",
            "{The|That} {work letter|jury duty letter|travel letter} from $dr {is|was} {fine|perfect}, I {just|only} need {a second copy|another copy|it again in PDF}.",
            "another copy of {dr letter|the letter} pls"),
        ma(
            "bill_dispute_story",
            "billing",
            "{I got|We got} a bill for {540 dollars|1,200 dollars|310 dollars} {marked|as} out of network for {the $scan|the lab draw|anesthesia} {on $pastdate|in the spring}, but {you're|the hospital is} in network{| with my plan}. {Who can look at it|Can billing call me}?",
            "{About|Regarding} the {ER|emergency room} bill from {January|last fall|$pastdate}: {the code|the charge} {looks wrong|is listed twice}. {Everything from that visit|That whole episode} is {over|resolved}, this is {only|just} about the bill.",
            "bill {wrong|coded wrong} {for|from} {march|$pastdate}, {who do I call|billing pls}",
            "{Fyi|Just so billing knows}, {my insurance|Medicare} {changed|switched} on {the 1st|January 1} and {the last statement|the $cycle bill} went to the old plan."),
        ma(
            "authorization_status",
            "billing",
            "{Any word|Any news|Any update} on the {insurance appeal|prior authorization|prior auth} for $my {$scan|$drug|PET scan|infusion}? {The insurance|Their rep} said {it was|they were} {waiting on paperwork|still reviewing it}.",
            "{The|My} {appeal|prior auth} for $drug {was|got} {submitted|filed} {two weeks ago|on $pastdate}{| and I haven't heard}. {Can you check the status|Who is handling it}?",
            "prior auth status {for|on} {$drug|my scan}?",
            "{Insurance|The plan} {told me|said} the {authorization|approval} {came through|went through} {today|yesterday}, {letting you know|so scheduling can go ahead}."),
        ma(
            "financial_counselor",
            "billing",
            "{Can I meet with|Could I talk to|Is there} a financial counselor{| at the cancer center}? {The copays for $regimen|The bills|Parking plus copays} {are adding up|are a lot right now}.",
            "{Is there a co-pay program|Is there copay help|Any foundation} for $drug{| or $regimen}? {My share is|I pay} {about 300|over 600|around 150} a month.",
            "copay help {for|with} $drug?"),
        ma(
            "clinician_still_here",
            "logistics",
            "{Does|Is} {Dr. Farrow|Dr. Ibsen|the nurse practitioner I saw|$nurse} still {work|working} {there|at the cancer center}? {I saw her a few years ago|I'd like to see him again|We liked her a lot}.",
            "{I haven't seen|We haven't seen} {Dr. Halvorsen|$dr} {in a while|on the schedule} {- did she leave|- is he still there}?",
            "is {Dr. Farrow|$dr} still there?"),
        ma(
            "interpreter_phone",
            "logistics",
            "{My mother|My father|$rel} {speaks|only speaks} {Tagalog|Polish|Somali|Portuguese|Farsi}. {Can you have|Please arrange} an interpreter {on the phone|in person} for {the visit|$date}.",
            "{I prefer|I would like} a {woman|man} {doctor|nurse practitioner} {for the exams|if possible}{| because of my religion|, I feel more comfortable}.",
            "interpreter {needed|pls} {for|on} $date, {Spanish|Cantonese|Haitian Creole}"),
        ma(
            "family_on_phone",
            "scheduling",
            "{Can|Could} {my daughter|my son|my brother|$name} {call in|be on speakerphone|join by phone} {during|for} $my visit with $dr {on $date|next week}? {She works|He lives} {far away|out of state} and wants to hear {the plan|everything}.",
            "{My|Our} {son|daughter} {will|would like to} join by phone {for|at} the {$date|next} visit. {What number should he call|Will you call her|How does that work}?",
            "{sister|son|daughter} {joining|will join} by phone {on|for} $date visit, {ok|fine}?"),
        ma(
            "name_misspelled",
            "records",
            "{My|The} name is {spelled wrong|misspelled} on {the letters|my appointment letters|the parking pass|my wristband}{| - it's $pname, not the way you have it}. {Can you fix it|Please correct it}.",
            "{The|Your} {letters|reminders} {keep|still} {coming|arriving} with {a typo in my last name|my maiden name|the wrong middle initial}{| which is confusing the insurance}.",
            "name spelled wrong on {letters|chart}"),
        ma(
            "refill_non_oncology",
            "refill",
            "{Please send|Can you send} a refill of {my lisinopril|my levothyroxine|the vitamin D|my cholesterol pill} {that $dr has been renewing|same as always} to $pharmacy. {No change in dose|Same dose}.",
            "{Refill needed|Need a refill}: {levothyroxine|lisinopril|atorvastatin|potassium} {same strength|unchanged}, $pharmacy{| please}.",
            "{$pharmacy|pharmacy} {says|said} {my|the} {lisinopril|thyroid pill|potassium} {needs a new script|is out of refills}. {It's the same one|Nothing changed}."),
        ma(
            "onsite_services",
            "logistics",
            "{What are the hours|When is} the {on-site pharmacy|pharmacy downstairs} {open|open on Saturdays}? {I'd rather pick up there after $cycle|It's easier than driving to $pharmacy}.",
            "{Is there|Do you have} a shuttle from {the parking garage|the light rail|the overflow lot} to the {infusion center|cancer building}{| for $my $cycle}?",
            "{Where is|How do I get to} the {wig closet|free wig room|boutique} {you mentioned|in the building}?",
            "{parking validation|shuttle} {for|on} infusion days?"),
        ma(
            "different_driver",
            "logistics",
            "{My usual driver|My husband|My neighbor} {can't|won't be able to} {take me|come} {on $date|this time}, so {my cousin|a friend from church|my son} {will drive|is driving} me. {Does she need to stay the whole time|Can he wait in the lobby|Is that ok}?",
            "{Different driver|New driver} {for|on} $date: {$name|my sister|my nephew}. {Fyi|Just so you know}.",
            "{Can|Is it ok if} {two people|my daughter and my husband} {come|sit} with me {in the infusion chair area|during $cycle}?"),
        ma(
            "pharmacy_or_outside_fyi",
            "fyi",
            "{Fyi|For the chart}: I {switched|moved} $my prescriptions {from|to} $pharmacy{| starting this month}. No questions.",
            "{Saw|I saw} {my eye doctor|the dentist|my primary doctor|a dermatologist} {on $pastdate|last week} {for my regular checkup|for a routine visit} and {the results were normal|everything was fine}. {No need to call|No reply needed}.",
            "{Just|Only} letting you know $I had {a routine mammogram|a bone density scan|the colonoscopy} {outside|at another hospital} {and|which} {came back normal|was normal}. {They'll fax it|Copies coming by fax}.",
            "new pharmacy $pharmacy fyi"),
        ma(
            "fmla_paper_drop",
            "forms",
            "{I dropped off|My wife dropped off|I left} {FMLA forms|the FMLA paperwork|my leave forms} at the front desk {on $pastdate|yesterday}{| for the days I drive my mom to treatment}. {Just making sure you got them|How long do they take}?",
            "{Can I|Where do I} {drop off|leave} {my employer's FMLA form|intermittent leave paperwork|the HR packet}? It only needs the dates and the office stamp.",
            "fmla forms dropped at desk{| fyi}"),
        ma(
            "thanks_after_hard_time",
            "thanks",
            "{Thank you|Thanks} {all|so much} for {getting me through|helping me through} {the radiation|those months|the tough cycles}. {The mouth sores and the feeding tube are behind me|I'm eating normally again|The mouth sores are long healed} and {I feel|$Im feeling} {good|like myself}. {Nothing needed|No questions}, just gratitude.",
            "{We wanted to say|Just wanted to say} {thank you|thanks} to {$nurse|the infusion nurses|the whole team} {for|after} $my {last|final} {$cycle|treatment}. {Those first weeks were rough|It was a hard year} but {we made it|that's all behind us now}.",
            "{thank you|thanks} {to everyone|all}{| at $place}, {last chemo|done with radiation}! {no questions|nothing needed}"));
  }
}
