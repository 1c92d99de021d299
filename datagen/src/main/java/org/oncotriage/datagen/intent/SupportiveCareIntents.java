package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.policy.Need;

/**
 * More intents around supportive care: side effects of growth factors, steroids and radiation at
 * two grades, new problems on targeted therapy, and more administrative requests.
 */
final class SupportiveCareIntents {

  private SupportiveCareIntents() {}

  static List<Intent> all() {
    List<Intent> out = new ArrayList<>();
    SideEffectIntents.pair(
        out,
        "growth_factor_bone_pain",
        new String[] {
          "$my {bones|hips and back|lower back and legs} {ache|are achy} {since|after} the {Neulasta|Onpro|Udenyca|Fulphila} {shot|injector}{| like they warned}. {Is Claritin ok for that|Can I take Tylenol|How long does it last}?",
          "The Neulasta {on body injector|onpro} {light was blinking red|came off early|leaked a little} {last night|this morning}. {Did I get the dose|What do I do now}?"
        },
        new String[] {
          "The bone pain {after|from} {Neulasta|the shot} was {so bad|much worse} this time {that|and} Claritin and Tylenol {barely helped|didn't do much} {for three days|for a few days}. {It's better now|It's gone now|It eased off by the weekend}. {Can $dr change the shot|Is there another option next cycle|Can I skip it next time}?"
        });
    SideEffectIntents.pair(
        out,
        "steroid_effects",
        new String[] {
          "$I {can't sleep|can't sleep well|$am wired} the {night|two nights} after the {dex|dexamethasone|steroids}{| and I have hiccups}. {Is that normal|Should I take it earlier in the day}?",
          "{Hiccups|The hiccups} {again|every cycle} {from|after} the {steroids|dex}. {Any tricks|Anything that helps}?"
        },
        new String[] {
          "$my {blood sugar|sugars} {have been|are} {running|in the} {250s|300s|over 280} {since|on} the {dex|dexamethasone|prednisone}{| and I'm not diabetic}. {Do I need medicine for it|Should the steroid dose change|What should I do}?"
        });
    SideEffectIntents.pair(
        out,
        "radiation_skin",
        new String[] {
          "{The skin|My skin} {where they radiate|in the radiation area|on my chest from radiation} is {pink|red like a sunburn|a little itchy}. {Which lotion is ok|Is aquaphor ok|Can I use aloe}?",
          "{Throat|My throat} is {sore|scratchy} {from|with} {radiation|the radiation} {week 3|now}, {still eating|eating soft food}. {Normal?|Anything to help?}"
        },
        new String[] {
          "{The skin|My skin} {under my arm|on my neck|in the fold} from radiation is {peeling and weeping|raw and oozing clear fluid|blistered and open} {and|and it} {hurts a lot|sticks to my shirt}. {No fever|Temp is normal}. {Should we pause radiation|Can $dr look at it|Do I need a prescription cream}?"
        });
    SideEffectIntents.pair(
        out,
        "hair_skin_nails",
        new String[] {
          "{My hair|Hair} {started falling out|is coming out in clumps|is thinning} {this week|after $cycle}. {Is it ok to shave it|When will it grow back|Do you have info on wigs}?",
          "$my {nails|fingernails} {are turning dark|have lines|are brittle} {on|from} $drug. {Normal?|Is nail polish ok?}"
        },
        new String[] {
          "$my {fingernails|toenails} {are lifting off|are coming off} and {one is|they're} {red and sore|draining a little} {around the edge|on the big toe}. {No fever|Temp normal}. {Do I need an antibiotic|Should someone look}?"
        });
    out.add(
        Intent.of(
            "md.bp_thyroid",
            "new_problem",
            Need.medical(true),
            "$my blood pressure {has been|was} {160/95|170 over 100|high, like 155/92|in the 150s} {at home|on the home cuff} {all week|for days} {since|on} $drug. {No headache|No chest pain|Feel ok}. {Do I need blood pressure medicine|Should we change something}?",
            "$I {feel$s cold all the time|$am tired and gaining weight|feel$s jittery with a racing heart} and $my TSH {came back|was} {abnormal|high|low} on {Keytruda|Opdivo|immunotherapy}{| and nobody has explained it}. {Do I need thyroid medicine|What does that mean}?",
            "{I think $I $have|$I got} {shingles|a cold sore outbreak|thrush, white patches on $my tongue} {since $date|this week}. {Can $dr prescribe something|Do I need an antiviral|What should I take}?",
            "$my dentist wants to {pull a tooth|do an extraction|do a root canal} {next week|on $date} but $Im on {Xgeva|Prolia|Zometa}. {Is that safe|Do we need to hold it|What does $dr want to do}?"));
    out.add(
        Intent.of(
            "ma.admin_more",
            "logistics",
            Need.administrative(),
            "{What's the status of|Any update on|Did you send} {my|the} referral to {dermatology|the dentist|physical therapy|cardiology|the lymphedema clinic|the genetics clinic}? {They haven't called me|Nobody has reached out}.",
            "{Please|Can you} update {my|$whos} {pharmacy|pharmacy on file} to $pharmacy{| going forward}.",
            "{Can you|Could you} {print|send} {me|us} a list of {all my|my upcoming|the next month of} appointments? {The app is confusing|I like paper}.",
            "{I need|Could I get} a {note|work excuse|school note} {saying|showing} I was at {my appointment|the infusion center|the cancer center} on $date{| for my boss}.",
            "{What's|What is} the {phone number|direct line|fax number} for {the infusion center|the nurse line|scheduling|billing|the radiation department}?",
            "{I|We} {moved|have a new address}. {Please update it|Where do I change it}: {412 Oak St|the new one is in the portal|1890 Maple Ave Apt 3}."));
    out.add(
        Intent.of(
            "ma.someone_else_sick",
            "scheduling",
            Need.administrative(),
            "$other {was taken to the ER with chest pain|is in the hospital with pneumonia|has a fever of $hightemp|has been throwing up all night|fainted at work yesterday} so {I need to move|can we reschedule|I can't make} $my {appointment|appt|infusion} {on $date|tomorrow}. {I feel fine myself|I'm ok|Nothing wrong with me}.",
            "{Can|Could} {someone else|my neighbor|my sister} {drive $me|bring $me} {on $date|tomorrow}? $other {has a bad cough and trouble breathing|has chest pains and is seeing a cardiologist|had a seizure last week and can't drive}."));
    out.add(
        Intent.of(
            "rn.exposure",
            "self_care",
            Need.nursing(),
            "$other {has|just tested positive for} {covid|the flu|strep|a stomach bug with vomiting and diarrhea|shingles}. {Do I need to|Should I} {stay away|wear a mask at home|get tested|sleep in another room} {while $Im on $chemo|with my counts low}? {I feel fine|No symptoms myself}.",
            "{I was around|We had dinner with} {someone who|a friend who} {now has|turned out to have} {covid|the flu|a fever of $hightemp} {on $pastdate|last weekend}. {What should I watch for|Do I need to do anything|Should I get tested}? {No fever here|I feel fine so far}."));
    return List.copyOf(out);
  }
}
