package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Oncologist-level kinds told calmly, as statements, fragments or asides in a thank-you note, so
 * that a quiet tone never means a lower level: holding targeted therapy before an unrelated
 * surgery, persistent new symptoms on immunotherapy below red-flag thresholds, genetic results,
 * post-transplant gut symptoms, rising counts on watch-and-wait, weighing a proposed treatment, an
 * escalating side effect, worrying report wording, judgment letters, interactions of a medicine
 * from another doctor, and a fever a pharmacist called a known side effect (urgent per policy).
 */
final class QuietMedicalIntents {

  private QuietMedicalIntents() {}

  private static Intent md(String name, String category, boolean billable, String... phrasings) {
    return Intent.of("md." + name, category, Need.medical(billable), phrasings);
  }

  private static final String TARGETED =
      "{osimertinib|Tagrisso|lenvatinib|cabozantinib|Cabometyx|olaparib|Lynparza|ibrutinib|sunitinib|alectinib|$drug}";
  private static final String IMMUNO = "{Keytruda|pembrolizumab|Opdivo|nivolumab|immunotherapy}";

  static List<Intent> all() {
    return List.of(
        md(
            "hold_targeted_before_surgery",
            "treatment_change",
            true,
            "{I have|$I $have} {gallbladder surgery|a hernia repair|a knee replacement|cataract surgery|dental implant surgery} {scheduled|booked} for $date{| with another surgeon}. {Do I stop|Should I pause|How many days before do I hold} "
                + TARGETED
                + "{| and when do I restart}?",
            "{The|My} {orthopedic surgeon|general surgeon|dentist} {wants to know|asked} {whether|if} $I should {hold|stop} "
                + TARGETED
                + " before {the operation|my surgery} {on $date|next month}. {They need an answer from $dr|They're waiting on you}.",
            "{surgery|knee surgery|hernia repair} {on $date|next month}, {hold|stop} "
                + TARGETED
                + " before?",
            "{Just so you know|Fyi}, {I'm having|$Im having} {my hip done|a hernia fixed|my gallbladder out} {on $date|in three weeks}. {Nobody has told me what to do about|I haven't heard about} "
                + TARGETED
                + " {around the surgery|before and after}."),
        md(
            "immuno_quiet_symptom",
            "new_problem",
            true,
            "{Thank you|Thanks} for {everything|the great care} {at the last visit|on $pastdate}. {One small thing|By the way|Small thing}: $Ive had a {dry cough|tickly dry cough|hoarse voice|raspy voice} for {$weeks|about a month} {on|since starting} "
                + IMMUNO
                + ". {Breathing is fine|Otherwise feel good}.",
            "{My|$my} {knees and fingers|hands|shoulders and wrists} {are|have been} {stiff|stiff in the mornings|achy and stiff} for {$weeks|a month or so} {since|on} "
                + IMMUNO
                + "{|, not terrible}. {Thought you should know|Mentioning it in case it matters}.",
            "{Tiny|Little} {red dots|pinpoint red spots} {on my shins|around my ankles|on my lower legs} that {don't fade|stay red} when I press on them, {showed up|appeared} {$days ago|this week}. $Im on "
                + IMMUNO
                + ".",
            "{hoarse voice|dry cough|stiff joints} {for|x} {$weeks|a month} on {keytruda|opdivo|immunotherapy}. {no fever|feel ok otherwise}",
            "$my voice {has gotten|has been} {raspy|hoarse} for {$weeks|over a month} and {it's not a cold|no cold or allergies}. {Could that be from|Is it related to} "
                + IMMUNO
                + "?"),
        md(
            "genetic_result",
            "result_unexplained",
            true,
            "{The|My} {genetic test|germline test|tumor sequencing|BRCA test} {results|report} {posted|came back} {on the portal|today}. It says {\"variant of uncertain significance\"|\"pathogenic BRCA2 variant\"|\"KRAS G12C detected\"|\"MSI-high\"}. {What does that mean for my treatment|Does this change the plan|Does my family need testing}?",
            "{Got|Received} a letter {from|about} the {genetics lab|gene testing}. {Nobody has gone over it yet|We have not talked about it}. {I'd like to know|We want to understand} what it means for $my $cancer {treatment|options}.",
            "{genetic|gene} test back, {what does it mean|means what} for treatment?"),
        md(
            "transplant_gut",
            "new_problem",
            true,
            "{Day {45|60|80|100}|About {2|3} months} after $my {stem cell|bone marrow} transplant, $Ive had {loose stools|looser stools} {3 or 4|about 3} times a day for {$days|a week} and {a light rash on my palms|some cramping after meals|less appetite}. {Could this be GVHD|Is this graft versus host}? {Not dizzy|Drinking fine}.",
            "{Post transplant|After the transplant} $my {stomach|gut} {has been|is} {off|unsettled} {for $days|this week}{, {3|4} loose stools a day|}. {Is that the tacrolimus|Should my steroid change}?",
            "{transplant|BMT} pt, {loose stools|diarrhea} {3x|4x} a day {for $days|this week}, gvhd?"),
        md(
            "watch_wait_counts",
            "result_unexplained",
            true,
            "{On|We're doing} watch and wait for {CLL|low grade lymphoma|smoldering myeloma}, and $my {lymphocyte count|white count|M-spike} {went from|jumped from} {22 to 41|0.8 to 1.4|30 to 55} {since|compared to} {spring|the last check}. {Does that mean starting treatment|Is it time to treat}?",
            "{The|My} {white count|lymphocytes|protein level} {keeps|is} {creeping up|going up} {each check|every 3 months}. {Nobody has said anything|I feel fine} but {I'd like|I want} $dr's {take|opinion}.",
            "{counts|wbc|lymphs} {rising|up again} on watch and wait, treat now?"),
        md(
            "weigh_proposed_treatment",
            "treatment_change",
            true,
            "$dr {suggested|recommended|brought up} {maintenance|adding radiation|switching to $regimen|another year of hormone therapy} {at the visit|last week}. {I'd like to talk through the pros and cons|Can we go over the benefits versus side effects|I'm not sure it's worth it for me} before {I decide|we start}.",
            "{We've been|I've been} {thinking about|going back and forth on} the {plan|option} $dr {offered|laid out}{| on $pastdate}. {What would I gain|How much does it help|What happens if I say no}?",
            "pros and cons of {the new plan|maintenance|more chemo}? {want to talk|need to decide}"),
        md(
            "side_effect_escalating",
            "treatment_change",
            true,
            "The {diarrhea|rash|mouth sores|hand and foot peeling} {on|from} $drug {was mild at first|started small} but {is worse each week|keeps building}, {now {4|5} loose stools a day|now cracked skin|now hard to eat}. {Should I hold $drug|Do I skip the next doses|Should I keep going}?",
            "{Things are|It's} getting {harder|worse} {with|on} $drug: {the fatigue|the nausea|the joint aches} {used to last a day|was manageable} and now {lasts all week|is every day}. {Is it time to hold it|Should the dose come down}?",
            "{rash|diarrhea|sores} {worse|getting worse} on $drug, hold it?"),
        md(
            "report_wording",
            "result_unexplained",
            true,
            "{My|The} {$scan|CT|MRI} {report|read} {on the portal|from $pastdate} uses the words {\"interval increase\"|\"new osseous lesion\"|\"suspicious for progression\"|\"enlarging nodule\"}. {Nobody has called yet|$dr hasn't reviewed it with me}. {What does it mean|Is the treatment still working}?",
            "{Read|I read} $my {scan results|report} {last night|this morning}. {A line says|It mentions} {\"slightly larger\"|\"new small foci\"|\"increased uptake\"}. {I feel fine|Feeling normal}, {just confused about it|just want to know what it means}.",
            "{scan|ct} report says {\"interval increase\"|\"new lesion\"}, {what does it mean|is it worse}?"),
        md(
            "fitness_letter_calm",
            "letter_judgment",
            false,
            "{I need|$I need$s} a letter {saying|stating} {whether|if} $Im {fit to fly|ok to fly|able to travel} to {Italy|my son's wedding|see family overseas} {in|on} {$date|next month} {during|between} $cycle{| and the next}.",
            "{My employer|HR|The union} {needs|wants} {a work restriction form|a return to work form|disability paperwork} {that says|stating} what $I can and can't do{| on $regimen}. {It needs the doctor's judgment|Only $dr can fill the medical part}.",
            "{fit to fly|work restriction|disability} {letter|form} {needed|pls}, {$date|by Friday}"),
        md(
            "outside_doctor_interaction",
            "drug_interaction",
            true,
            "{My|$my} {cardiologist|psychiatrist|urgent care doctor|dentist} {gave|prescribed} $me {an antibiotic|a new heart pill|an antidepressant|fluconazole} {today|yesterday}. {Is it ok with|Will it interact with|Can I take it alongside} $drug?",
            "{Another doctor|The ER|My PCP} {started|put me on} {amiodarone|a new antifungal|sertraline|clarithromycin} {this week|on $pastdate}. {I haven't started it|Holding off} until {I hear from you|$dr says it's safe with $drug}.",
            "new med from {pcp|cardiologist}, ok with $drug?"),
        Intent.chemo(
            "redflag.fever.pharmacist_said",
            "red_flag",
            Need.redFlag(),
            "$my temp {is|was} $hightemp {tonight|this afternoon|right now} on $dayafter. The pharmacist {said|told me} fever is a {known|common} side effect of $drug{| so I shouldn't worry}.",
            "{Called|I called} the pharmacy about {running|having} a {fever|temperature} of $hightemp {since this morning|today}{| during $cycle}. {They said|The pharmacist said} it's {just|probably} the $drug. Should I {just take Tylenol|wait it out}?",
            "temp $hightemp {now|tonight}, pharmacist says {side effect|normal on $drug}, $cycle was {$pastdate|last week}"));
  }
}
