package org.oncotriage.datagen.compose;

import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Template;
import org.oncotriage.policy.Need;

/**
 * Short replies from the clinic inside a thread, built from an opening, a body and a closing. They
 * carry no patient need (labels come from the patient's side only), and some repeat the clinic's
 * fever instructions, a realistic near-miss. Stateless and thread-safe.
 */
public final class ClinicReplies {

  private static final List<Template> OPENINGS =
      Template.all(
          "Hi $pname,",
          "Hello $pname,",
          "Hi,",
          "Good morning,",
          "Good afternoon $pname,",
          "Hello,",
          "Hi $pname, this is $nurse{| RN| from $dr's office}.",
          "This is $nurse with $dr's team.",
          "{Thank you|Thanks} for {your message|reaching out|letting us know}.",
          "",
          "Hi there,",
          "Dear $pname,");
  private static final List<Template> ANY =
      Template.all(
          "{I've|I have} {forwarded|sent|routed} {this|your message|your question} to {$dr|$dr's nurse|the care team|the triage nurse} and {someone|the team|we} will {get back to you|follow up|reach out} {today|within 1-2 business days|by end of day|tomorrow morning}.",
          "{Got it|Received|Noted}{, thank you|, thanks|}. {Is there anything else we can help with?|We'll let $dr know.|We'll pass this along.|I'll update your chart.}",
          "{Can you|Could you} {tell us|give us|share} {a little more|more details|more information}{| about this}? {How long has this been going on|When did it start|Is it getting better or worse|What have you tried so far}?",
          "{Thanks for the update|Thank you for letting us know}. {I'll|I will} {look into this|check with the team|check on it} and {get back to you|message you back} {today|shortly|this afternoon}.",
          "{Hi|Hello}, {we|I} tried {calling|to call} you {but got voicemail|and left a message}. {Please call us back at 555-0100|Call the clinic when you can|You can reply here too}.",
          "{Yes|Ok}, {that's fine|that works|noted}. {Please let us know|Message us} if {anything changes|you have other questions}.",
          "{I'm|We're} {checking with|waiting to hear from} {$dr|the team|the pharmacy|scheduling} and will {update you|let you know} {soon|by tomorrow}.");
  private static final List<Template> ADMINISTRATIVE =
      Template.all(
          "{We have|I've|I have} {moved|rescheduled|changed} your {appointment|visit|lab appointment|infusion} to $date {at|@} $time. {Please arrive 15 minutes early|Labs are 30 minutes before|Check in on $place|Let us know if that doesn't work}.",
          "{The refill|Your prescription|The request} {was sent|has been sent|went} to $pharmacy{| and should be ready {tomorrow|later today|in a day or two}}.",
          "{The|Your} {prior authorization|FMLA paperwork|form|letter|records request} {is still pending|was {faxed|sent} {today|yesterday}|is ready for {pick up|pickup} at the front desk|was approved}.",
          "{Got it|Received|Noted}{, thank you|, thanks|}. {Is there anything else we can help with?|We'll let $dr know.|We'll pass this along.|I'll update your chart.}");
  private static final List<Template> NURSING =
      Template.all(
          "{Can you|Could you} {tell us|give us|share} {a little more|more details|more information}{| about this}? {How long has this been going on|When did it start|Is it getting better or worse|What have you tried so far}?",
          "{That is|That's} {a {common|normal|expected} side effect|expected at this point} {of|with} {$drug|your treatment}. {Keep using|Continue} {the plan from your teaching sheet|what we discussed}{| and let us know if it gets worse}.",
          "{As a reminder|Just a reminder|Remember}, {if you have|if you develop|for} a {temperature|temp|fever} of {100.4|100.4 F|38.0 C|100.4 or more} {or higher|or above|}, {chills|shaking chills|trouble breathing|bleeding that won't stop}, {call us {right away|any time, day or night}|go to the {nearest|closest} {ER|emergency room}|call the after hours line}.");
  private static final List<Template> MEDICAL =
      Template.all(
          "$dr {reviewed your message|is in clinic today|is out this week, Dr. Lee is covering} and {will {reply|respond|call you} {this afternoon|tomorrow|later today}|wants to {call you|see you} {this week|soon}}.",
          "{I've|I have} {forwarded|sent|routed} {this|your message|your question} to {$dr|$dr's nurse|the care team|the triage nurse} and {someone|the team|we} will {get back to you|follow up|reach out} {today|within 1-2 business days|by end of day|tomorrow morning}.");
  private static final List<Template> URGENT =
      Template.all(
          "{We're|We are} {sorry|sorry to hear} {you're going through this|you're not feeling well}. {A nurse will call you|$nurse will call you|We'll call you} {shortly|within the hour|this afternoon}.",
          "{Please|We need you to} {go to the {nearest|closest} {ER|emergency room}|call 911|come in to the urgent care clinic} {now|right away|today}. {We are calling you now|$nurse is calling you now|We've let the ER know you're coming}.",
          "{I'm|We're} calling you {right now|now}{| to talk about this}. {If you can't reach us|If we don't get through}, {go to the ER|call 911}.");

  private static final Template SYMPTOM_CHECK =
      Template.of(
          "{We can do that|Happy to help with that|Sure}. {Before I rebook|Just to check}, {are you having any symptoms|is anything new going on health wise|are you feeling ok} {we should know about|that the nurse should hear about|}?");

  private static final List<Template> SCREENING =
      Template.all(
          "{Sorry to hear that|Thanks for letting us know}. {A few questions|Some questions} {so we can help|for you}: {are you having|any} {fever or chills|fever, chills or shortness of breath}? {Are you dizzy or lightheaded|Any dizziness}? {Are you able to drink fluids|Are you drinking enough}?",
          "{How many|How many more} {stools|times} a day {is that|are you having} compared to your usual? {Any blood|Is there any blood} in {it|the stool}? {Any|Are you having} {cramping|belly pain} or dizziness?",
          "{Can you|Please} recheck your temperature in an hour and let us know the number. {Any chills|Are you having chills} or {shortness of breath|a cough}?",
          "{Before we advise|So the nurse can advise|To make sure this is safe to manage at home}, {do you have|are you having} any of these: {fever 100.4 or higher|a temp of 100.4 or more}, {chest pain|trouble breathing}, {bleeding|black stools}, or {not being able to keep fluids down|dizziness}?",
          "{How many times|How often} {have you vomited|are you going} {today|in the last 24 hours}? {Can you keep liquids down|Are you urinating normally}? {Any fever|Is your temperature under 100.4}?",
          "{Are you lightheaded when you stand|Any dizziness}? {What was your temperature|Have you checked your temp}{| today}?",
          "{Is it getting better or worse|How long has it been going on}? {Any redness, drainage or fever|Any fever with it}? {Are you taking the $antiemetic as prescribed|Have you used the medicine from your teaching sheet}?");

  private static final List<Template> CLOSINGS =
      Template.all(
          "",
          "",
          "",
          "Thank you.",
          "Thanks!",
          "Take care.",
          "- $nurse",
          "$nurse, RN",
          "{Best|Regards|Sincerely},\n$dr's team",
          "Have a good day.",
          "Let us know if you have questions.");

  private ClinicReplies() {}

  /** The front desk's check before rebooking: are you having any symptoms we should know of? */
  public static String symptomCheck(SplittableRandom rng, Scenario scenario) {
    return Sentences.capitalizeSentences(
        Sentences.tidy(
            Pick.one(rng, OPENINGS).render(rng, scenario)
                + " "
                + SYMPTOM_CHECK.render(rng, scenario)));
  }

  /** A clinic message made of a greeting and {@code body}, tidied. */
  public static String withOpening(SplittableRandom rng, Scenario scenario, String body) {
    return Sentences.capitalizeSentences(
        Sentences.tidy(Pick.one(rng, OPENINGS).render(rng, scenario) + " " + body));
  }

  /** The clinic's screening questions for a symptom (fever, dizziness, fluids, stool counts). */
  public static String screening(SplittableRandom rng, Scenario scenario) {
    String text =
        Pick.one(rng, OPENINGS).render(rng, scenario)
            + " "
            + Pick.one(rng, SCREENING).render(rng, scenario);
    return Sentences.capitalizeSentences(Sentences.tidy(text));
  }

  /**
   * A reply to a patient message whose most demanding need is {@code answering}. About one reply in
   * three ignores the need, and half the replies to urgent messages are routine, so that a reply is
   * never a sure sign of the labels.
   *
   * @param answering the highest need of the message being answered
   */
  public static String reply(SplittableRandom rng, Scenario scenario, Need answering) {
    List<Template> bodies =
        Pick.chance(rng, 0.35)
            ? ANY
            : answering.urgent()
                ? (Pick.chance(rng, 0.5) ? URGENT : MEDICAL)
                : switch (answering.level()) {
                  case MEDICAL_ASSISTANT -> ADMINISTRATIVE;
                  case NURSE -> NURSING;
                  case ONCOLOGIST -> MEDICAL;
                };
    String text =
        Pick.one(rng, OPENINGS).render(rng, scenario)
            + " "
            + Pick.one(rng, bodies).render(rng, scenario)
            + " "
            + Pick.one(rng, CLOSINGS).render(rng, scenario);
    return Sentences.capitalizeSentences(Sentences.tidy(text));
  }
}
