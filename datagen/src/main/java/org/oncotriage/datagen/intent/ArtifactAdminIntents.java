package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Administrative asks about every kind of clinical artifact the catalogs know (the patient's scans,
 * tumor markers, labs, pathology and slides, regimen drugs, supportive, home and controlled
 * medicines, radiation), each written the way a medical assistant resolves it: copies, discs and
 * slides for a second opinion already booked, a referral the doctor already placed, status of a
 * prior authorization, a bill, a ride, an interpreter, a locked portal account, a scheduling
 * change, an unchanged refill of a non-cancer medicine. The clinical words do not change the need
 * (LABELING "medical_assistant": copies of records, imaging discs; prior-authorization status;
 * transport, interpreter; portal trouble).
 */
final class ArtifactAdminIntents {

  private ArtifactAdminIntents() {}

  /** The name prefix of these intents, for the picker's weighting. */
  static final String PREFIX = "ma.artifact_";

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of(PREFIX + name, category, Need.administrative(), phrasings);
  }

  static final String SECOND_SITE =
      "{MD Anderson|Dana Farber|Mayo|Sloan Kettering|Stanford|the university cancer center|City of Hope|Johns Hopkins}";

  static List<Intent> all() {
    return List.of(
        ma(
            "disc_slides_second_opinion",
            "records",
            "{I have|We have|My family set up} a second opinion {appointment|visit} at "
                + SECOND_SITE
                + " on $date{| that $dr already knows about}. They {asked for|need} the $scan {disc|images on a CD} and the {pathology slides|biopsy slides|path slides and the block} {before the visit|by then}. {How do I request them|Who sends those|Can you mail them or do I pick up}?",
            "{Second opinion|2nd opinion} {is booked|is scheduled} at "
                + SECOND_SITE
                + " {$date|next month}. {Please send|Can you send} {my|the} {$scan images|$scan disc|pathology slides|records and $scan reports} {there|to them}. {Their fax is 555-0142|I signed the release at the front desk}.",
            "{Where do I pick up|How do I get} the {slides|tissue block|pathology slides} from {my biopsy|the surgery} {for|to take to} {my second opinion|"
                + SECOND_SITE
                + "}? {The appointment is $date|They said the lab has to release them}.",
            "{records|slides and disc} for {2nd opinion|second opinion} at "
                + SECOND_SITE
                + " {$date|next week}, {who do I ask|how}?"),
        ma(
            "scan_schedule_logistics",
            "scheduling",
            "{I need to|Can I} {reschedule|move} $my $scan {on|from} $date{| to the following week}. {Work conflict|My ride can't take me that day|We'll be out of town}.",
            "{What time|Where} is $my $scan {on $date|next week}{| and which entrance do I use}? {The reminder didn't say|I can't find it in the portal}.",
            "{Is the|Did the} prior {auth|authorization} for $my {$scan|next $scan} {come through|get approved} yet? {The imaging center won't book it until it does|They keep calling me about it}.",
            "{I got a bill|We got a bill} for $my $scan {on $pastdate|last month} {that insurance should have covered|for the full amount}. {Can billing look at it|Who do I call}?",
            "$scan {resched|reschedule} pls{, $date doesn't work|}"),
        ma(
            "results_portal_locked",
            "portal",
            "{I'm locked out of|I can't get into|The app locked} $my portal {account|} {after too many tries|since the update|and the reset email never comes}, so I can't see $my {$scan results|$marker results|lab results|pathology report}. {Can you unlock it|Can someone reset it|Who do I call}?",
            "The portal says {my proxy access expired|'account locked'|my password is wrong} and I {want to|can't} {see|read} {the|my mother's|my husband's} {results|$scan report} {before the visit|$dr already went over}. {Please reset it|Can you fix the access}.",
            "{locked out|cant log in}, {need to|want to} see {my results|$scan results|labs}, {reset pls|help}"),
        ma(
            "marker_lab_paperwork",
            "records",
            "{Can you|Could you} {send|fax} $my $marker {results|numbers} {from $pastdate|from the last year} to {my primary doctor|my PCP|the surgeon's office|my new oncologist}? {They asked for them|For my records}.",
            "{Why was I billed|I was charged} for {the $marker test|a $marker blood test|my lab draw} {on $pastdate|last month}{| - is that covered}? {Can billing check|Who handles lab bills}?",
            "{Please mail me|Can I get} a {printout|paper copy} of $my {$lab and $marker history|lab results from the last year|$marker trend} {for my binder|for my other doctor}.",
            "$my $lab draw {is|was moved to} $date{| at $time}. {Is that at $place or the hospital lab|Do I need an order or is it already in}?"),
        ma(
            "referral_paperwork",
            "records",
            "$dr {referred me to|put in a referral to} {hematology|a hematologist|the blood doctor} about $my low {platelets|white count|hemoglobin} at the last visit, {but|and} their office says they {never got it|don't have the referral|need the notes}. {Can you fax it again|Can someone resend it}?",
            "{The|My} referral to {hematology|cardiology|the dietitian|physical therapy|the lymphedema clinic} that $dr {placed|ordered} {on $pastdate|last visit} {hasn't been scheduled|still shows pending}. {Who do I call|Can you check on it}?",
            "{My insurance|The hematology office} {needs|wants} {a referral number|the referral} for the {low count|platelet} {visit|consult} $dr {already|} set up. {Can you send it|Where do I get the number}?",
            "referral to {hematology|cardiology} {not received|still pending}, pls resend"),
        ma(
            "radiation_rides",
            "logistics",
            "{I start|$Im starting} {daily|5 days a week of} radiation {on $date|next week} for {6|5|3|4} weeks and {I don't drive|my daughter works|we only have one car}. {Is there a ride program|Does the cancer center have transportation|Can someone set up rides}?",
            "{Can you|Could someone} {set up|book} {rides|medical transport|the van} for $my {radiation|daily radiation|infusions} {every morning|Monday to Friday|next week}? {Medicaid covers it|The social worker said to ask you}.",
            "{Is there|Do you have} {free parking|a parking pass|gas cards} for {daily radiation|the radiation weeks}{| and the infusion days}?",
            "ride to radiation {tmrw|$date} fell through, {any transport|can u help}?"),
        ma(
            "interpreter_visit",
            "logistics",
            "{Please|Can you} {book|have} a {Spanish|Vietnamese|Cantonese|Russian|Arabic|Tagalog|Somali} interpreter for {my mother's|my father's|my husband's|$whos} {visit with $dr|$scan|infusion|results visit} on $date.",
            "{We need|I need} an interpreter {in person|on the phone|by video} for the {appointment|visit} {on $date|where $dr goes over the $scan}. {My mom speaks only Portuguese|My dad understands little English}.",
            "interpreter {needed|pls} {$date|for the visit}, {Spanish|Vietnamese|Mandarin}"),
        ma(
            "drug_paperwork",
            "billing",
            "{What's the status of|Any update on|Checking on} the prior {authorization|auth} for {$drug|$regimen|$supportive|$antiemetic}? {The specialty pharmacy|The pharmacy} {says|told me} {it's waiting on your office|insurance needs paperwork}.",
            "{Is there|Do you have} a {copay card|copay program|foundation grant} for {$drug|$supportive|$antiemetic}? {My copay is|The pharmacy wants} {400|180|900|75} dollars.",
            "{When does|Did} the specialty pharmacy {ship|send} $my {$drug|$anydrug|refill of $drug} {this month|for $cycle}? {Nobody called to set up delivery|I need to be home to sign}.",
            "{My insurance|The pharmacy} {denied|won't cover} {the brand|$supportive|$antiemetic} {again|} and {says|wants} a {form from your office|prior auth}. {Who handles that|Did it get sent}?",
            "prior auth {status|update} {for|on} {$drug|$antiemetic|$supportive}?"),
        ma(
            "controlled_paperwork",
            "billing",
            "{The pharmacy says|$pharmacy says} {the insurance|my plan} needs a prior {auth|authorization} for $my $controlled{| before they can fill what $dr already sent}. {Has your office sent it|Who handles that}?",
            "{My copay for|The bill for} $my $controlled {went up|doubled} {this month|with the new plan}. {Is there a cheaper pharmacy|Who do I ask about cost}?",
            "{Does|Is} the {pharmacy downstairs|on-site pharmacy} {carry|open on Saturday to pick up} $my $controlled{| that $dr already sent}?"),
        ma(
            "home_med_refill_unchanged",
            "refill_noncontrolled",
            "{While I'm on|During} $regimen {I still|I also} take $noncontrolled {from|that} $dr {renews|has been refilling}. {Can you send the refill|Please send a refill} to $pharmacy{| - same dose, nothing changed}.",
            "{Refill|Rx refill} for $noncontrolled, {same dose|no change}, to $pharmacy{| please}. {Not a chemo question|Nothing about my $regimen}.",
            "$pharmacy {needs|is waiting on} a new script for $my $noncontrolled{| - it's the same one as always}. {Can $dr sign it|Can you send it over}? {Infusion is $date|I have 2 left}."),
        ma(
            "records_about_treatment",
            "records",
            "{Can I get|Please send} a {treatment summary|list of the chemo drugs I got|copy of $my $regimen records} {for my PCP|for my dentist|for my new insurance|for my files}? {They asked what I was treated with|It's for my records}.",
            "{My dentist|The surgeon|My new PCP} {wants|asked for} {a copy of|} $my {recent labs|$scan report|medication list with $drug} before {my cleaning|the procedure on $date|the visit}. {Can you fax it|How do I get it to them}?",
            "{Please send|Can I get} {my|the} {radiation records|radiation summary|$scan reports} to {the new cancer center|$dr at the other hospital|my PCP}{| before $date}."));
  }
}
