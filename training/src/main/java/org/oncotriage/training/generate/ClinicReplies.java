package org.oncotriage.training.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Short replies from the clinic inside a thread. They carry no patient need (labels come from the
 * patient's side only), and some repeat the clinic's fever instructions, a realistic near-miss.
 * Stateless and thread-safe.
 */
final class ClinicReplies {

  private static final List<Template> REPLIES =
      Template.all(
          "Hi $pname, {thank you for your message|thanks for reaching out}. {I've|I have} {forwarded this to|sent this to} $dr{|'s nurse} and {someone will get back to you|we will follow up} {today|within 1-2 business days|by end of day}.",
          "Hi, this is $nurse {RN|with $dr's team}. {Can you tell me a little more|Could you give us more details|How long has this been going on}?",
          "{Thank you|Thanks}. {We have|I've} {moved|rescheduled} your appointment to $date at $time. {Please arrive 15 minutes early|Labs are 30 minutes before}.",
          "{Hello|Hi}, we received your {request|message}. {The refill was sent to|I sent the request to} $pharmacy{| and it should be ready tomorrow}.",
          "Hi $pname, {as a reminder|just a reminder}, {if you have|if you develop} a temperature of 100.4 or higher, {chills|shaking chills}, or {trouble breathing|any bleeding that won't stop}, {call us right away|go to the nearest ER}. {Otherwise|For now}, {let us know how you are doing|we'll see you $date}.",
          "{Got it|Received}, {thank you|thanks}. {Is there anything else we can help with|We'll let $dr know}?",
          "{Hi|Hello} $pname, $dr {reviewed your message|is in clinic today} and {will reply|wants to call you} {this afternoon|tomorrow}.",
          "{Good morning|Hi}. {The|Your} {prior authorization|paperwork|form} {is still pending|was faxed|is ready for pick up at the front desk}.");

  private ClinicReplies() {}

  static String reply(SplittableRandom rng, Scenario scenario) {
    return Sentences.capitalizeSentences(
        Sentences.tidy(Pick.one(rng, REPLIES).render(rng, scenario)));
  }
}
