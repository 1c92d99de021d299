package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Administrative intents that carry reassurance or clinical words which do not change the need:
 * reschedules that say "no fever, feeling fine", reminder confirmations, conflicting appointment
 * times, FYI updates, thank-you notes after the last chemo, wig programs, drug cost help and
 * prior-authorization status, proxy access, network questions, complaints, video visits,
 * interpreter and clinician preferences, parking, calendars and legal records requests.
 */
public final class PortalAdminIntents {

  private PortalAdminIntents() {}

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of("ma." + name, category, Need.administrative(), phrasings);
  }

  private static final String ORAL =
      "{Ibrance|palbociclib|Verzenio|Tagrisso|osimertinib|Xtandi|Lynparza|Imbruvica|Calquence|Kisqali|Revlimid}";

  /** The category of a denial answering the clinic's "any symptoms?" check on an admin request. */
  public static final String ANSWER_CATEGORY = "admin_answer";

  static List<Intent> all() {
    return List.of(
        ma(
            "no_symptoms_answer",
            ANSWER_CATEGORY,
            "{No|Nope}, {feeling fine|nothing new|all good}{| thanks}, just need the new {time|date}.",
            "{No symptoms|No fever, no nausea}{ - it's|, it's} {just|only} {a scheduling thing|the family trip|work}.",
            "{Nothing medical|Not sick}, {$Im fine|all is well}. {Any morning works|Thursday or Friday is best}.",
            "no, {doing great|feeling good}{| thank you}"),
        ma(
            "reschedule_feeling_fine",
            "scheduling",
            "{Can I|Could we|I need to} {move|reschedule|push back} $my {appointment|infusion|visit with $dr|lab draw} on $date{| to later that week}? {My daughter is getting married|We have a funeral out of town|My husband has surgery that day|Work trip I can't move}. {$Im feeling fine|Feeling good|$Im doing ok}, no fever, no nausea{|, nothing new}.",
            "{Please cancel|I have to cancel} $my {appointment|port flush|follow up} {on $date|this Thursday}{| with $dr} - {family emergency|my car broke down|my mom is in the hospital}. {Nothing is wrong medically|$Im doing well}, {no symptoms|no pain, no fever}. {Can you find another day|I'll call to rebook}.",
            "{No fever, no nausea, feeling great|All good here, no side effects}{ - just|. Just} need to {reschedule|move} $my {scan|$scan|labs} {because of|due to} {my grandson's graduation|a work conflict|the holiday}. {Any day next week works|Mornings are best}.",
            "{We|I} {can't make|won't make it to} $my {infusion|appointment|chemo teaching} {on $date|Thursday} {- my car is in the shop|- no ride that day|because of my son's surgery}. {Otherwise doing great|$Im feeling well}, {no nausea or fever|no new symptoms|no fever or chills}{, just the usual tiredness|}. {Can we do Friday|What's the next opening}?",
            "{Please move|Can you move} $my {scan|$scan|blood draw} to {the afternoon|next week|any day after the 20th}. {No new problems|Nothing new health wise}{ - the nausea from last time is gone|, feeling fine}.",
            "{Hi|Hello}, {not sick or anything|nothing medical}, {just|} need to {change|switch} $my {$time|} appointment {on $date|}{| to the afternoon}. Thanks."),
        ma(
            "confirm_reminder",
            "scheduling",
            "{Got the reminder|Got your reminder text|Confirming}{ -|,} {we'll|I'll} be there {Monday|$date} at {8:15|9:30|7:45|$time}{| for $my infusion| for labs and the visit}. {Thanks|See you then}!",
            "{Yes|Yep} confirming {for|} $date {$time|}{| with $dr}. {Will bring my med list|My wife will drive me}."),
        ma(
            "conflicting_times",
            "scheduling",
            "The app says $my {appointment|infusion|visit} is at {9:00|10:30|1:15} but the reminder call said {8:15|11:00|2:45}. {Which one is right|Which time should I come}?",
            "{Confused|Mixed up} about $my time on $date: {portal|the app} {says|shows} one time, {the letter|the text} another. {Can you confirm|What's the real time}?"),
        ma(
            "fyi_update",
            "fyi",
            "{Just an FYI|FYI|For my chart}: I {changed pharmacies|switched to $pharmacy|moved to a mail order pharmacy}{|, please update it}. No questions.",
            "{Just updating you|For your records}, I saw {a dermatologist|the cardiologist|my eye doctor|a GI doctor} {last week|on $pastdate} and {everything was normal|the result was normal|they said all is fine}. {Nothing needed from you|Just want it in my chart}.",
            "{Updating my chart|FYI}: new {phone number|address|emergency contact}{| for $Who}. {Thanks|That's all}."),
        ma(
            "thanks_last_chemo",
            "thanks",
            "{Today was|Yesterday was} $my last {chemo|infusion}{| - rang the bell}! {Thank you|Thanks} to {the whole infusion team|$nurse and everyone|all of you}. {The nausea from last time is long gone|I'm feeling good}{|, see you at follow up}.",
            "{Just wanted to say thank you|Thank you so much} for {taking care of|helping} {me|$me|us}. {The rash cleared up|My headache went away|The mouth sores healed}{| and I feel like myself again}. {No questions|Nothing needed}."),
        ma(
            "wig_program",
            "logistics",
            "{Does the cancer center have|Is there} a {wig program|free wig bank|wig boutique}? {My hair started falling out|I'm starting $regimen} {and want one ready|next week}.",
            "{Where|How} do I {get|sign up for} {a free wig|the wig program|the Look Good Feel Better class}{| you mentioned}?"),
        ma(
            "drug_cost",
            "billing",
            "{Is there a copay card|Any cost help|Financial assistance} for "
                + ORAL
                + "? {My copay is|The pharmacy wants} {900 dollars|1,200 dollars|450 dollars} a month.",
            "{What's the status of|Any update on} the prior {authorization|auth} for "
                + ORAL
                + "{| from the specialty pharmacy}? {They said they're waiting on your office|I'm on my last week of pills|Insurance said it's in review}.",
            "The specialty pharmacy {sent me a survey|keeps calling} about "
                + ORAL
                + "{ - do I have to answer it| - is that from you}?"),
        ma(
            "proxy_access",
            "portal",
            "{How do I give|Can I set up} proxy access {to $my portal|to the portal} for {my daughter|my son|my wife|my husband|$other}{| so they can see appointments}?",
            "{I'm the caregiver|I help with appointments} - {how do I get|can I have} proxy access {to|for} {my mother's|my father's|my husband's} portal{| account}?",
            "{I get an error|The portal says 'access denied'|It keeps saying my session expired} when I {try to|} {log in|open messages|see my proxy account}. {Can someone reset it|Help please}."),
        ma(
            "network_check",
            "billing",
            "Is $dr in network with {Aetna|Blue Cross|UnitedHealthcare|Cigna|Humana|Medicaid}{| starting January}? {My employer is switching plans|I'm changing insurance}.",
            "{Does|Will} {the cancer center|your office} take {Medicare Advantage|my new plan|Kaiser}{| next year}?"),
        ma(
            "front_desk_feedback",
            "feedback",
            "{I want to give feedback|Not a medical question, but} about the front desk {on $pastdate|last visit}: {we waited 40 minutes to check in|the person was rude to my dad|nobody told us about the delay}. {Who do I talk to|Please pass it on}.",
            "{Compliment|Feedback} for {the front desk|check in} - {Maria|the receptionist} was {so kind|really helpful} {last week|today}."),
        ma(
            "video_family",
            "scheduling",
            "{Can|Could} my {daughter|son|sister} {join by video|be on video} for $my visit with $dr on $date? {She lives in Texas|He's out of state}.",
            "{Can my|Could we} {convert|switch} $my {appointment|visit} {on $date|tomorrow} to video {because of the snow|because of the ice storm|since roads are bad}?"),
        ma(
            "clinician_preference",
            "logistics",
            "{Can|Could} {I|my mother} see a {female|male} {doctor|provider} {for the exam|next time}? {Is that possible|Just asking}.",
            "{We need|Please book} a {Spanish|Vietnamese|Arabic|Mandarin|Russian} interpreter for $my {visit|appointment} on $date{| with $dr}.",
            "{Is there|Do you have} a doctor {who speaks|that speaks} {Spanish|Portuguese|Korean|Hindi}{| at the cancer center}?"),
        ma(
            "parking_calendar",
            "logistics",
            "{Can I get|Do you give} {a parking pass|parking validation|a monthly parking pass} for {daily radiation|$my infusions}?",
            "{Can you print|Could I get} a {treatment calendar|printed calendar|paper schedule} of $my {cycles|infusion dates} for {work|my family}?"),
        ma(
            "records_lawyer",
            "records",
            "{My lawyer|Our attorney} needs {copies of|} $my {records|records from the last 2 years|visit notes}. {How do I request them|Where do I send the release form}?",
            "{Records request|Request for records} for a {legal case|lawyer}: {what form do I fill out|is there a fee}?"),
        ma(
            "missed_not_rescheduled",
            "scheduling",
            "{I|We} missed $my appointment {on $pastdate|last week} {because of a cold that's gone now|because of a family thing|because the ride fell through} and nobody {called to reschedule|rebooked it}. {Feeling fine now|All better now|$Im fine now}. {Can you find a new time|Please reschedule}.",
            "{Is|Does} {Dr. Patel|Dr. Owens|$dr} still {work|working} at {this office|the cancer center}? {I want to book with her again|I haven't seen her in a year}."),
        ma(
            "terse_admin_negated",
            "scheduling",
            "need to reschedule {thurs|$date}, feeling fine no fever",
            "{confirming|confirmed} $date {8:15|$time}",
            "{which time is right|app and call say different times}?",
            "is $dr in network with {aetna|bcbs}?",
            "copay card for " + ORAL + "?"));
  }
}
