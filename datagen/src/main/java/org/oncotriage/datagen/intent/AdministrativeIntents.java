package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Intents a medical assistant resolves: scheduling, logistics, records, forms, billing, refills.
 */
final class AdministrativeIntents {

  private AdministrativeIntents() {}

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of("ma." + name, category, Need.administrative(), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        ma(
            "reschedule",
            "scheduling",
            "{My|Our} {car broke down|babysitter cancelled|flight got changed|son's surgery got moved} so {I|we} {can't|won't be able to} {come in|make it} $date. {What else do you have|Could we do later in the week|Is there anything the week after}?",
            "{Hello|Hi}, {I would like to|I'd like to|I need to} {move|reschedule|change the date of} {my|$whos} {follow up|visit with $dr|next infusion|port flush|lab work} {please|if possible}. {I'm free|We're available} {any morning|Tuesdays and Thursdays|after 2pm|most days except Friday}.",
            "{reschedule|resched} {pls|please}{| - $date doesn't work}",
            "{Is it possible to|Could we} {combine|line up} {my|the} {labs|lab draw} and {my|the} {appointment|infusion} {on the same day|back to back} {so I only drive in once|since we live far}?",
            "{Can|Could} {I|we} {reschedule|move|change} $my {appointment|appt|visit|follow up} {on|for} $date{| at $time}[ with $dr]? {Something came up at work|My ride fell through|We have a family wedding|I have a dentist appointment that day|my daughter can't drive me that day|I'm going to be out of town|the weather is supposed to be bad|I have jury duty}.",
            "I need to {reschedule|change|push back} $my {lab appt|infusion appt|appointment with $dr|scan|follow-up} {on|for} $date. {Anything|Any day} {the following week|later that week|in the afternoon} {works|would work|is fine}[, mornings are better].",
            "{Is there|Do you have} {any|an} {earlier|later|afternoon|morning} {opening|slot|appointment} {than $date|next week|for $my $scan|with $dr}? [{I'm|We're} {on the wait list|flexible}.]",
            "{Please|pls} move {my|the} $date {appt|appointment} to {the following week|a later date|any afternoon}. [{Not sick or anything|No fever or anything like that|I feel fine}, {just|it's just} a {work|schedule|family} conflict.]",
            "$Who won't be able to make it $date[ at $time]. {Can you|Could someone} {call me|message me|let me know} {to reschedule|with a new time|what else is open}?"),
        ma(
            "cancel",
            "scheduling",
            "{Please|Can you} cancel $my {appointment|appt|lab draw|visit} {on|for} $date. [{I'll|We'll} call to {rebook|reschedule} {later|when things settle down|next week}.]",
            "{I need to|I have to|Need to} cancel {the|my} $date {appointment|appt}[, {$other has a cold|$other has a fever and I don't want to bring germs in|$other has a bad cold and I don't want to expose anyone|our car is in the shop}]. [Thank you]",
            "Cancel {the|my} {port flush|lab|scan|follow up} {$date|this week}{| please| pls}."),
        ma(
            "confirm_time",
            "scheduling",
            "{What time is|When is|Can you confirm the time of} $my {next|upcoming} {appointment|appt|infusion|scan|lab draw}? {I lost the paper|I can't find it on the portal|The app shows two different times|I wrote down $time but I'm not sure}.",
            "{Is|Just checking} $my appt {still on|still at $time} {for $date|$date}[ with $dr]?",
            "$do $I have {labs|bloodwork} before {$my|the} {appointment|infusion} on $date or {is it|are they} the same {time|day}?"),
        ma(
            "directions",
            "logistics",
            "{Where do I|Where should we|Where do we} {park|go|check in} for {my|the} {$scan|infusion|appointment|lab draw} at $place? [{It's my first time there|We've never been to that building|Last time we got lost}.]",
            "{Is there|Do you have} {valet|validated parking|a parking garage|handicap parking} at $place? [{$Who $am in a wheelchair|$Who $am using a walker now|walking far is hard|I use a cane}.]",
            "{What's the address for|How do I get to|Which entrance is} $place{| for $date}?"),
        ma(
            "portal_trouble",
            "logistics",
            "{I can't|I cannot|Can't} {log into|sign into|get into} the {portal|app|mychart} {since the update|it keeps saying my password is wrong|after I changed phones}. {Can you reset it|Who do I call|Can someone help}?",
            "The {video visit|telehealth} link {isn't working|won't open|says expired} for $date. {Can you send a new one|What do I do}?",
            "{I'm not|Not} getting {the|my} {text reminders|emails|appointment reminders} anymore. [Can you check my phone number on file?]"),
        ma(
            "records",
            "records",
            "{Where can I find|How do I see} $my {pathology report|$scan report|lab results|visit summary} {on the portal|in mychart}? {I can't find it|It's not showing up}.",
            "{Please|Can you} send {a copy of|} $my {records|notes|recent labs} to {my|the} {new|other} {oncologist|surgeon|primary doctor} {in Arizona|at the VA|across town}{| before $date}.",
            "{Can I|Could I|How do I} get {a copy of|copies of} $my {records|$scan report|pathology report|lab results|last visit notes|imaging on a disc|CD of my scans} {sent to|for} {my new doctor|$dr at the other hospital|a second opinion at another cancer center|my PCP|my insurance}?",
            "Please {send|fax} $my {records|scan images|path report|chemo records} to {my primary care|my cardiologist|my surgeon|the clinic in Florida|Dr. Hughes office}. [{Fax number is 555-0134|I signed the release last week}.]",
            "{I need|We need} a {disc|CD} of $my $scan {images|pictures} for {my appointment at MD Anderson|the surgeon|a second opinion|the radiation center}. {Where do I pick it up|Can you mail it}?"),
        ma(
            "forms",
            "forms",
            "{I dropped off|I left|I faxed} {my|the} {FMLA|FMLA paperwork|short term disability forms|handicap placard form|parking placard renewal} {last week|on $date|at the front desk}. {Has it been sent|Is it ready|When can I pick it up}?",
            "{Where do I|How do I|Can I} {drop off|send|upload} {FMLA papers|the disability forms for work|my handicap parking form|the DMV placard form} for $dr to sign?",
            "$whos {employer|HR|job} needs the {FMLA|leave} paperwork {by $date|this week}. {Can you check the status|Just checking on it}."),
        ma(
            "insurance",
            "insurance",
            "{My|$whos} {insurance|Medicare plan|Blue Cross|Aetna} {denied|is denying|sent a letter denying} {the|my} {$scan|$drug|infusion} {and|. They said} {the office needs to send more information|they need paperwork from you|it needs a peer to peer}. {Can someone check|Who handles that}?",
            "{How much|What} {will|would} {the $scan|$my $regimen|the infusion} {cost|be} {with my insurance|out of pocket}? {I have a high deductible|We're on a fixed income}.",
            "{I got a bill for|We got a bill for|Why was I charged for} {my last infusion|the $scan|the lab work|my visit on $date}{| of \\$350| for \\$1,200}. {Isn't this covered|Can someone explain|Who do I talk to about billing}?",
            "{Did|Has} {my|the} {insurance|prior auth|prior authorization|pre-authorization} for {the $scan|$drug|$my $regimen|the PET scan} {come through|gone through|been approved} yet? [{The pharmacy said it's pending|They told me it was waiting on insurance}.]",
            "{My insurance changed|I have new insurance|I switched to Medicare} {this month|as of the 1st}. {How do I update it|Do you need my new card}?",
            "{Is there|Do you have} {financial assistance|a copay card|help with copays|a financial counselor} for $drug? {It's|The copay is} {really expensive|\\$600 a month|more than we can afford}."),
        ma(
            "refill_routine",
            "refill_noncontrolled",
            "{Hi,|Hello,|} {I'm|I am} {out of|almost out of|running out of} $noncontrolled {and|but} {there are no refills left|the bottle says 0 refills}. {It's the same prescription|Nothing has changed}. {Please send to|My pharmacy is} $pharmacy.",
            "{Could|Can} $dr {renew|re-up|send a new rx for} $my $noncontrolled? {I take it every day|Same as always}{| and I leave for vacation $date}.",
            "{need|Need} {my|a} $noncontrolled refill {sent|called in} to $pharmacy{| thank you| asap pls}",
            "{Can I get|Could you send|Please send} a refill {of|on|for} $my $noncontrolled to $pharmacy? {Same dose|No changes|Nothing changed}[, I have {2|a few|3} {days|pills} left].",
            "{Refill|Rx refill|Need refill} {request|please}: $noncontrolled[ 1 tab daily], {send to|at} $pharmacy. [thx]",
            "$pharmacy says they {need a new prescription|don't have refills|are waiting on the doctor} for $my $noncontrolled. {Can you send it over|Can you call it in}? [Same as before.]"),
        ma(
            "logistics_support",
            "logistics",
            "{Do you have|Is there|Can you help me find} {a ride program|transportation|a place to stay near the hospital|an interpreter for my mother|a Spanish interpreter|lodging} for $my {radiation|treatments|appointment on $date}?",
            "{Can we|Can I} {request|get} {a Vietnamese interpreter|an interpreter|a wheelchair at the entrance} for {the|my} $date {appointment|visit}?"),
        ma(
            "thanks",
            "fyi",
            "{Thank you|Thanks so much|Just wanted to say thank you} {to $nurse|to everyone at the infusion center|to $dr and the team|for taking such good care of $me}[ {yesterday|last week|during $my treatment}]. {You all are wonderful|We appreciate you|It means a lot}.",
            "{FYI|Just an fyi|Just letting you know}, {I|we} {moved to a new address|have a new phone number|changed pharmacies to $pharmacy|will be traveling $date}. [No need to call.]",
            "{Got it|Ok got it|Thanks, got it|Received}[, see you $date]. [Thank you!]"),
        ma(
            "letter_ready",
            "records",
            "{Is|Has} the letter {$dr wrote|for my employer|for the airline} {ready|been signed} yet? {Can you|Please} {email it|mail it|put it on the portal}.",
            "Could I get {another|a second} copy of the {work letter|letter} $dr {already wrote|did last month}? I {lost mine|need one for HR too}."));
  }
}
