package org.oncotriage.datagen.compose;

import java.util.List;
import org.oncotriage.datagen.template.Template;

/**
 * Label-independent form sentences that the {@link Composer} adds to messages of every label at the
 * same rates: stability qualifiers, negated red-flag disclaimers, hardships that are over,
 * narrative openers and caregiver relationship details, FYI-style and question-style closers, and
 * limited-English asides. None carries a need, and none may fire the shipped red-flag rules (a test
 * runs them over generated data), so only the intents' content separates the labels. Stateless.
 */
final class MessageForms {

  private MessageForms() {}

  /** "Otherwise steady" remarks; they never contradict a worsening complaint. */
  static final List<Template> STABILITY =
      Template.all(
          "Otherwise {things are|$Im|everything is} {about the same|pretty steady|the same as last month}.",
          "{Apart from that|Other than that|Besides that} {nothing has changed|nothing is new|all is the same as usual}.",
          "{Everything else|The rest} {is|has been} {stable|unchanged|the same as at $my last visit}.",
          "{Overall|In general} $Im {holding steady|doing about the same|doing ok}{| day to day}.",
          "{It's|That part is} not {painful|sore} {at least|thankfully}, {just|only} {annoying|on my mind}.",
          "{Sleeping|Eating} {ok|about normal} {otherwise|most nights}.",
          "{Energy|My energy} is {the usual|about what it was|same as before}.");

  /**
   * Negated red-flag disclaimers. They are written as denials the shipped rules treat as negated;
   * the composer adds them only to messages whose intents are not urgent.
   */
  static final List<Template> DISCLAIMERS =
      Template.all(
          "{No fever|Not running a fever|Temp has been normal}{, nothing like that|| or anything}.",
          "{I'm|$Im} not {sick|unwell} {otherwise|in any other way}, no fever{| or chills}.",
          "{No|Not having any} {trouble breathing|chest pain}{| or anything scary}.",
          "{Nothing urgent|This is not urgent}{, no fever or anything like that|| I think}.",
          "{To be clear|Just so you know}, {no fever|temp is normal} and {I'm|$Im} {eating|drinking} fine.",
          "{Not an emergency|Not urgent at all}{, no need to rush|, whenever someone has time}.",
          "no fever{| no chills}, {just|only} {this|the one thing}");

  /** Hardships that are over, in the past tense. */
  static final List<Template> PAST_HARDSHIPS =
      Template.all(
          "The {mouth sores|sore throat|nausea|skin irritation} from {the first few rounds|earlier cycles|last spring} {healed up|went away|are long gone}{| thank goodness}.",
          "{Now that|Since} the feeding tube {is out|came out} {things are so much easier|$Im eating real food again}.",
          "{After|Since} {the hospital stay|the rough patch} {in the winter|back in March|earlier this year} $Ive been {doing much better|slowly getting stronger}.",
          "{Those first weeks|The first cycle} {were|was} {rough|hard}{| on all of us} but {that's behind us|we got through it}.",
          "$my hair {is growing back|started coming back}{| curly} {since|after} {finishing|stopping} chemo.",
          "{The|That} {radiation burn|skin burn} from {last year|the fall} {healed|faded} {completely|nicely}.");

  /** Narrative openers that set a story up without asking anything. */
  static final List<Template> NARRATIVE_OPENERS =
      Template.all(
          "{So|Ok so} {here's|here is} {what's been going on|where things are|the situation}.",
          "{This might be long|Bear with me, this is long|I'll try to keep this short}{| sorry}.",
          "{Ever since|Since} {$I started $drug|the new pills|the last round|we switched to $regimen} {things have been|it's been} {mostly ok|up and down|a learning curve}.",
          "{I've been meaning to write|I kept putting off writing|I wasn't going to write} {for a few days|all week|about this}.",
          "{Let me|I'll} {back up a little|start from the beginning|give you the whole picture}.",
          "{My|Our} {week|weekend} {has been|was} {long|busy|a lot} so {sorry if this rambles|forgive the rambling}.");

  /** Caregiver relationship details; for caregiver voices only. */
  static final List<Template> CAREGIVER_DETAILS =
      Template.all(
          "I'm the one who {drives|takes} $me to {$my appointments|treatment|the infusion center}.",
          "$I {lives|has been living} with {us|me} {since the diagnosis|for now|since the surgery}.",
          "I'm listed on $my {release form|HIPAA form|contact sheet}{| as the contact}.",
          "I {manage|keep track of} $my {pills|medicines|calendar} {for $me|because $I gets mixed up with dates}.",
          "{My brother|My sister|My husband|My wife} and I {take turns|split the days} {staying with|helping} $me.",
          "$I asked me to {handle|do} the {portal|messages} {since|because} $I {doesn't like|does not use} computers.");

  /** Statement-style closers: nothing asked, just on record. */
  static final List<Template> FYI_CLOSERS =
      Template.all(
          "{Just|Only} {letting you know|keeping you posted|wanted you to know}.",
          "{Just|Only} {for your records|for the chart|so it's in my file}.",
          "{No need to|You don't have to} {call|write back} unless {you need to|someone thinks it matters}.",
          "{That's all|That is all} for now.",
          "{Figured|I thought} {I'd|I should} {mention it|pass it along|put it on your radar}.",
          "{Will|I'll} {see|update} you {at the next visit|$date|soon}.");

  /** Question-style closers that fit any request. */
  static final List<Template> QUESTION_CLOSERS =
      Template.all(
          "{What do you think|What would you suggest|How should we handle this}?",
          "{Does that|Does this} {sound ok|make sense}?",
          "{Can|Could} someone {get back to me|let me know|reply} {today|this week|when you can}?",
          "{Who|Which person} should I {talk to|ask} about this?",
          "{Is there anything|Anything} I {need to|should} do?");

  /** Limited-English asides, in the writer's own words. */
  static final List<Template> PLAIN_ENGLISH =
      Template.all(
          "{Sorry|Excuse me}, {my English is not good|English is not my language}{|, my grandson helps me write}.",
          "I write {simple|short} because {English is hard for me|I use the translator}.",
          "{Please|Pls} {answer|write back} {simple words|in easy words}{| thank you}.");

  /**
   * Long friendly preambles: chatty, warm, non-clinical sentences that come before the one ask. The
   * composer puts several of them at the start of an opening message at one rate for every label.
   */
  static final List<Template> FRIENDLY_PREAMBLE =
      Template.all(
          "{I hope|Hope} {you all|everyone at the office|the whole team} {had a wonderful weekend|are doing well|had a nice holiday|are staying warm}{.|!}",
          "{First of all|Before anything else}, I {just|} want to say {how much we love|how grateful we are for} {everyone at the clinic|the front desk ladies|all of you}{|, you make a hard time easier}.",
          "{The weather has been|It's been} {so beautiful|so cold|so rainy|crazy hot} {here|this week}{| and we finally got out to the garden| and the dog is going stir crazy}.",
          "{My granddaughter|My grandson|Our niece} {visited|came to stay} {this weekend|last week} and we {baked cookies|did a puzzle|went to the park}, {it was|which was} {the best medicine|so much fun}.",
          "{We|I} {went to church|had family over|watched the game} {on Sunday|yesterday} and {everyone asked about you all|it was nice to feel normal}.",
          "{I've been meaning to|I keep meaning to} {write|send a note} {and say hello|for a while now}{|, sorry it took so long}.",
          "{Things at home are|Life is} {busy|a little hectic|pretty good} {with the holidays coming|with the kids back in school|with spring cleaning}{| but we're managing}.",
          "{I know|I'm sure} {you are all so busy|you get a million messages}{|, so thank you for reading this}.",
          "{Our dog|My cat|The new puppy} {says hi|has been keeping me company|learned a new trick}{.| lol.}",
          "{My daughter|My son|My husband} {helped me|is helping me} {write this|figure out the portal}{| since I'm not good with computers}.",
          "{We|I} finally {planted the tomatoes|finished the quilt|cleaned out the garage|got the new roof on}{| this week}.",
          "{I'm|We're} {so|really} {thankful|grateful} for {this portal|being able to message|the kindness} {, it makes things easier|}.");

  /** Worry asides; the policy gives worry no level, so they go to every label at one rate. */
  static final List<Template> WORRY =
      Template.all(
          "{I'm|$Im} {a nervous wreck|so anxious|really worried|scared} about {all of this|everything lately|the whole thing}.",
          "{Sorry|Forgive me}, I {worry|overthink} {about everything|a lot} {these days|since the diagnosis}.",
          "{My family|My husband|My daughter} {is|are} {worried|nervous} {too|as well}{|, so I said I'd ask}.",
          "I know {it's probably nothing|I'm probably overthinking} but {I can't stop worrying|it's on my mind}.",
          "{Honestly|To be honest} {I'm|we're} {scared|frightened|on edge} {most days|a lot}.");
}
