package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Everyday administrative intents a medical assistant resolves, many written with clinical words
 * around them (a drug, a scan, a surgeon, a diagnosis) that do not change the need: running late,
 * bringing a child, the doctor listed on the portal, a death in the family, printouts by mail,
 * lodging, statements against the insurer's explanation of benefits, appeal status, paperwork
 * drop-off, records after a move, terse requests, and acknowledgements that close a thread.
 */
final class EverydayAdminIntents {

  private EverydayAdminIntents() {}

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of("ma." + name, category, Need.administrative(), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        ma(
            "running_late",
            "scheduling",
            "{Running|I'm running|We're running} {about|} {10|15|20|25} {min|minutes} late {for|to} $my {$time|} {appointment|appt|lab draw|infusion}{|, traffic on the highway|, stuck behind an accident|, the bus is late}. {Still ok to come|Please don't give away my spot|Should I still come}?",
            "{Stuck in traffic|Parking is full|Train is delayed}, {will be|we'll be} {a few|15|20} minutes late {for|to} $my appointment with $dr{| for the $scan results| for cycle day 1}. Sorry!",
            "running late {pls|please} tell {the front desk|$dr|infusion}"),
        ma(
            "bring_child",
            "logistics",
            "{Is it ok|Can I|Am I allowed} to bring my {4 year old|toddler|baby|6 year old|grandson} to $my {appointment|visit with $dr|infusion} on $date? {Daycare is closed|My sitter cancelled|School is out that day}.",
            "{Are kids allowed|Can children come} {in the infusion room|to the clinic|into the exam room}? {I have no one to watch my daughter|My son is 3}{| during my $regimen}."),
        ma(
            "portal_doctor",
            "logistics",
            "The portal {lists|shows|has} $dr as $my {oncologist|doctor|provider} but {I see|I switched to|my oncologist is} Dr. {Reyes|Novak|Chen|Owens} now. {Can you fix that|Can you update it|Please correct it}?",
            "{Wrong doctor on my chart|My portal has the wrong doctor}{| - it says my surgeon instead of my oncologist}. Can someone update it?"),
        ma(
            "patient_died",
            "scheduling",
            "{I'm sorry to let you know|I wanted to let you know|This is hard to write, but} {my mother|my father|my husband|my wife|my sister} passed away {on $pastdate|last week|peacefully at home|in hospice on Sunday}. Please cancel {all of the|the} upcoming {appointments|infusions and scans|visits}{| and stop the pharmacy refills}. {Thank you for everything you did|The team was so kind to us}.",
            "{My mother|My father|My husband|My wife|Our mom|Our dad} passed away {this weekend|on $pastdate}. {Please|Can you} cancel the {appointment|appointments} {on $date|with $dr}{| and the port flush}. {Who do I send the death certificate to|Do you need anything from us}?"),
        ma(
            "mail_printouts",
            "records",
            "{Could you|Can you|Please} {mail|send} {me|us} a {printout|printed list|paper copy} of $my {upcoming appointments|appointment schedule|infusion schedule|lab and scan dates}? {I don't use the portal much|My printer is broken|$Who like$s having it on paper}.",
            "{Can I get|Please mail} {the|my} {after visit summary|appointment list|calendar} {by mail|to my home address}{| - I have trouble reading it on the phone}."),
        ma(
            "lodging",
            "logistics",
            "{We live|We're} {three hours|four hours|out of state|far} {away|from the hospital}. {Is there|Do you have} {a list of hotels|discounted lodging|a Hope Lodge|patient housing} near $place for $my {radiation|6 weeks of radiation|stem cell workup|treatment week}?",
            "{Do you have|Is there} a {hotel discount|patient rate|lodging program} {for families|for caregivers|near the hospital}{| while $Who get$s $regimen}?"),
        ma(
            "bill_vs_eob",
            "billing",
            "{I got|We got|Received} a {bill|statement} {for|of} {340|1,280|96|612} dollars for $my {$scan|infusion on $pastdate|visit with $dr} but {my insurance EOB says|the EOB from my insurance shows} I owe {0|40|nothing|a lot less}. {Can someone look at it|Which one is right|Should I pay it}?",
            "The statement {doesn't match|is different from} {the explanation of benefits|my EOB} for $my {$drug|infusion|PET scan} {in March|on $pastdate}. Can billing {check|review} it?"),
        ma(
            "appeal_status",
            "insurance",
            "{Any update on|What's the status of|Checking on} the {insurance appeal|appeal|prior auth appeal} for $my {$drug|$anydrug|Keytruda|Xtandi|Ibrance|Neulasta}? {It was denied|They denied it} {last month|on $pastdate} and {$dr's office sent the appeal|we sent the letter}.",
            "{Insurance|My insurance|Aetna|Blue Cross|Medicare} denied $my {$drug|$scan|PET scan|Zofran refill} {again|}. {Did the appeal go in|Has anyone heard back|Who do I call about the appeal}?"),
        ma(
            "fmla_dropoff",
            "forms",
            "Where {do I|can I} drop off {my|$whos|the} FMLA {paperwork|forms} for $dr to {sign|fill out}? {Front desk or infusion|Can I leave it at check in|Is there a fax number}?",
            "{I have|We have} {FMLA|disability} papers from {my|her|his} job{| for time off during $regimen}. {Who do I give them to|Where do they go}?"),
        ma(
            "records_move",
            "records",
            "{We|I} {moved|just moved|are moving} to {Texas|Ohio|another state|be near my daughter} and {will|need to} continue $regimen {there|at a new cancer center}. {How do I|Can you} {send|transfer} $my records{| and scans} to {the new oncologist|Dr. Park's office there}?",
            "{Please|Can you} transfer $my {records|chart|pathology and $scan reports} to {my new oncologist|a clinic in Michigan|the new hospital}{| - we relocated last month}. {I'll sign whatever release|What form do you need}?"),
        ma(
            "call_about_bill",
            "billing",
            "{Please|Can someone} call me about {my|a} bill{| I got}. {My number is|Call} 555-01{2|3|4|5}{1|6|8}{0|3|7}.",
            "{Question about|Confused by} {my|the} {bill|statement|charges} for $my {infusion|$scan|visit}{| on $pastdate}. {Please call|Can billing call} me{| at 555-0187| after 4}."),
        ma(
            "clinical_paperwork",
            "logistics",
            "{Dr. Kim|Dr. Okafor|The surgeon|My surgeon}'s office {needs|is asking for} $my $scan images before {the lumpectomy|my surgery|the port placement} on $date. {Can you send them over|Who sends those}?",
            "{My|The} copay card for {$drug|Xtandi|Ibrance|Tagrisso|Revlimid} {expired|stopped working} {this month|at the pharmacy}. {Who do I call|Can someone help me renew it}?",
            "{Is the|Has the} prior auth for $my {PET scan|MRI|$scan} before $cycle {approved yet|gone through}? {The imaging center keeps calling|They won't schedule it without it}.",
            "{I got|We got} a letter from {Medicare|my insurance} about $my $cancer {treatment|infusions} {asking for|that needs} {the diagnosis code|a form from your office}. {Can you fax it|Where do I send it}?",
            "Can you {add|update} $my {new|} {insurance card|Medicare Advantage plan} {on file|in the chart} before {cycle day 1|my infusion|$date}? {I'll upload a photo|It changed January 1}."),
        ma(
            "terse",
            "scheduling",
            "need to {resched|reschedule} {thurs|friday|$date}",
            "what time is my appt {tmrw|tomorrow|$date}",
            "{can you|pls} {fax|send} my records to {my PCP|the surgeon}",
            "{parking validation?|do you validate parking?|where do I park for infusion}",
            "{is|did} the prior auth {approved|go through}?",
            "bill question {pls|please} call",
            "cancel $date {appt|lab}{| pls}"),
        Intent.of(
            "ack.thanks",
            "ack",
            Need.administrative(),
            "{ok|Ok|OK} {thank you|thanks|thx|ty}{|!|.}",
            "{Perfect|Great|Sounds good}, $date at {1:40|9:15|10:30|2:45|$time} works{| for us}.",
            "{Got it|Ok got it|Understood}, {I'll|$Ill|we'll} {switch to morning|take it with breakfast|wait then|call if anything changes|keep doing that}.",
            "{Thank you|Thanks} {so much|for getting back to me|for the quick reply}{| $nurse}.",
            "{ok|Ok} will do{| thank you}",
            "{Sounds good|Great}, {see you|see everyone} $date.",
            "{That helps|That makes sense}{|, thank you|, thanks a lot}."));
  }
}
