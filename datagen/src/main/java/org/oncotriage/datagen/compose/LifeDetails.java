package org.oncotriage.datagen.compose;

import java.util.List;
import org.oncotriage.datagen.template.Template;

/**
 * Personal, clinically neutral sentences that people put around their point: family events, work,
 * pets, travel, feelings about treatment. They carry no need, and they make generated text as
 * varied as real messages. Stateless.
 */
final class LifeDetails {

  private LifeDetails() {}

  private static final String EVENT =
      "{wedding|graduation|baby shower|birthday party|recital|first communion|bar mitzvah|retirement party|family reunion|anniversary dinner|quinceañera|memorial service|housewarming}";
  private static final String WHO =
      "{my granddaughter's|my grandson's|my son's|my daughter's|my niece's|my nephew's|my best friend's|our neighbor's|my brother's|my sister's}";
  private static final String PLACE =
      "{Denver|Phoenix|the lake|Chicago|my sister's in Ohio|the coast|Florida|San Antonio|the mountains|Atlanta|Portland|Vermont|our cabin|Tucson|Seattle|Boise}";
  private static final String HOBBY =
      "{pickleball|gardening|fishing|church choir|quilting|golf|walks with the dog|bowling league|water aerobics|crossword puzzles|my book club|woodworking|baking|volunteering at the food bank|bird watching|painting}";
  private static final String JOB =
      "{I teach third grade|I drive for UPS|I work nights at a warehouse|I'm a cashier at Safeway|I'm a nurse myself actually|I work from home|I do accounting|I'm retired|I'm a contractor|I'm a hairdresser|I work at the post office|I'm a pastor|I manage a restaurant|I'm a paralegal|I'm in sales and travel a lot}";
  private static final String PET =
      "{our dog Bella|my cat|our lab|the puppy|my parrot|our old beagle|my cat Oreo}";

  static final List<Template> SENTENCES =
      Template.all(
          "We have "
              + WHO
              + " "
              + EVENT
              + " in "
              + PLACE
              + " {next month|in the spring|on the 20th|soon}{| and I really want to be there}.",
          JOB
              + "{| so mornings are easier| so I need to plan around work| and my boss has been understanding}.",
          "{I've been trying to get back to|I still try to keep up with|I finally got back to|I miss} "
              + HOBBY
              + " {a couple times a week|when I feel up to it|on good days}.",
          "{Sorry if this is a dumb question|I don't want to be a bother|I hate asking|My family told me to just ask}.",
          "{My husband|My wife|My daughter|My son|My partner} {has been great|is driving me|has been a big help|worries a lot}{| through all this}.",
          PET
              + " {has been|is} {glued to me|my best nurse|keeping me company} {lately|these days}.",
          "{We just got back from|We're heading to} "
              + PLACE
              + " {for a few days|this weekend|to see family}.",
          "{This whole thing|All of this|Cancer} {is|has been} {a lot|overwhelming|a rollercoaster|exhausting} but {we're|I'm} hanging in there.",
          "{The|Our} {insurance|car|roof|furnace|water heater} {situation|} {is also|has also been} {a headache|a mess} {this month|right now}, {lol|ugh|anyway}.",
          "{I'm|We're} {staying|living} with {my daughter|my son|my sister|family} {for now|during treatment|until this is over}.",
          "{I wrote|I'm writing} this {at 2am|late at night|from my phone|on my lunch break|from the waiting room} so {sorry for typos|excuse the typos|bear with me}.",
          "{Everyone|The staff} at $place {has been|have been} {so kind|wonderful|great}.",
          "{I read|I saw} {online|on a Facebook group|in a forum|on the American Cancer Society site} {something|that} {that got me thinking|that made me nervous|about this}.",
          "{My|Our} {pastor|friend from church|neighbor|coworker} {went through|had} {the same thing|$cancer} {a few years ago|too} and {told me|said} to ask.",
          "{It's|It has been} {about|almost|over} {three|four|six|eight|nine} months since {my diagnosis|I was diagnosed|surgery}.",
          "{I'm|We're} {trying to keep things normal|taking it one day at a time|keeping busy} {for the kids|for the grandkids|for my sanity}.");
}
