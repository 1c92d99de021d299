package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Treatment side effects at two grades: mild and expected ({@code nurse}, standard self-care), and
 * severe or function-limiting without reaching a red-flag threshold ({@code oncologist}, billable:
 * it needs a treatment or dose decision). Red-flag grades live in {@link RedFlagCatalog}.
 */
final class SideEffectIntents {

  private SideEffectIntents() {}

  private static final String FEEL = "{So|Just|Hi, just|Quick question,|Question:|Ugh,|} ";

  static void pair(List<Intent> out, String name, String[] mild, String[] severe) {
    out.add(Intent.of("se." + name + ".mild", "side_effect_mild", Need.nursing(), mild));
    out.add(Intent.of("se." + name + ".severe", "side_effect_severe", Need.medical(true), severe));
  }

  static List<Intent> all() {
    List<Intent> out = new ArrayList<>();
    pair(
        out,
        "nausea",
        new String[] {
          "{Feeling|Felt} {pukey|queasy|off} {the day after|for two days after} $chemo {again|like last time}{| but no vomiting}. {Is it ok to take the $antiemetic and the compazine together|Can I alternate the nausea meds|Does the patch work better}?",
          "{The|My} nausea {comes and goes|is worst in the morning|hits when I smell food}{|, I'm still eating and drinking}. $antiemetic {works|helps} {when I take it|most of the time}. {Any other tricks|Should I take it on a schedule}?",
          FEEL
              + "$Ive been {a little|kind of|pretty} {nauseous|queasy|sick to my stomach} since $chemo{| on $date} but the $antiemetic {helps|is working|takes the edge off}. {Is that normal|Anything else I can do|Should I keep taking it}?",
          "{Mild|Some} nausea {after|from} $cycle, {eating|keeping down} {crackers|toast|small meals} {ok|fine}. {Ginger ok?|Is ginger tea ok?|Any tips?}",
          "{The nausea|Nausea} {is|has been} {manageable|better} with $antiemetic, {just|only} {in the mornings|for the first couple days}. [{Should I|Can I} take it {before|with} meals?]"
        },
        new String[] {
          "{The|This} nausea {isn't|is not} {getting better|controlled} {even with|with} $antiemetic {every 8 hours|around the clock|and the backup pills}. $Ive {thrown up|vomited} {a couple times|twice} {today|a day} {but|and} {I can keep|$I can keep} {water|fluids|sips} down. {Is there something stronger|Can $dr change the medicine|Can we try something else}?",
          "$antiemetic {just isn't|isn't} working {anymore|this cycle}. {Nauseous all day|Constant nausea} {for $days|since $cycle}, {barely eating|lost 4 pounds|can only get down broth}. [$Im still drinking ok.] {Can I get a different med|What else can we do}?"
        });
    pair(
        out,
        "constipation",
        new String[] {
          "{Backed up|A bit backed up|Constipated} {from|since} the {Zofran|pain pills|chemo} {since $pastdate|for a couple days}. {Should I take senna or Miralax|Can I take both|How much Miralax}? {Eating ok|No pain}.",
          "$I $havent had a {BM|bowel movement|good poop} in {2 days|two days|3 days} since $chemo. {Should I|Can I} {take|up} the $bowel? [{Not in pain|No belly pain}, just uncomfortable.]",
          "{Constipated|Constipation} {again|after $cycle}. {Miralax|Senna|Colace} {twice a day|once a day} {ok|alright|safe} with $drug?"
        },
        new String[] {
          "$I $havent gone in {5|6|five|almost 6} days {even with|despite} $bowel {and|plus} {prune juice|Miralax twice a day}. $my belly is {bloated|swollen and hard|crampy} {and|but} $Im {passing gas|still eating a little}. {What do we do|Do I need something stronger|Should $dr see me}?"
        });
    pair(
        out,
        "diarrhea",
        new String[] {
          "{A few|Some} loose {stools|BMs} {today|since yesterday} {after|with} $cycle, {maybe|about} $stoolslow. {No blood|Drinking fine}, {not dizzy|feel ok}. {When do I start the imodium|How much imodium can I take}?",
          "{$Ive had|Having} {loose stools|diarrhea|the runs} {$stoolslow times|$stoolslow times a day} {since yesterday|today|for a day} on $drug. {Can I take imodium|Should I start the loperamide|Is that expected}? {No|Not} {dizzy|lightheaded}, drinking {fine|lots of water}.",
          "{Mild|Some} diarrhea {after|with} $cycle, {maybe|about} $stoolslow {a day|bowel movements a day}, {Imodium|loperamide} {is helping|helped}. {Just fyi|Should I keep using it}?"
        },
        new String[] {
          "{The|This} diarrhea {has gone on|has lasted|keeps going} {for $days|for over a week|since $cycle}, {about 4|4 or 5|around 5} times a day {even with|despite} {Imodium|loperamide} {around the clock|as directed}. {Not dizzy|No dizziness} {and|but} $Im {worn out|losing weight}. {Should we hold|Do I need a lower dose of|Should I stop} $drug?"
        });
    pair(
        out,
        "fatigue",
        new String[] {
          "{I'm|$Im} {sleeping 10 hours a night|napping every afternoon|wiped out by 3pm} {since|after} $cycle{| but otherwise ok}. {Is it ok to still walk every day|Should I push through or rest|Will this get better between cycles}?",
          "{So tired|Really tired|Exhausted} {the week after|for a few days after|after} $chemo, {sleeping|napping} {a lot|more than usual}. {Is that normal|Expected?|Anything that helps}?",
          "{Fatigue|The fatigue|Tiredness} {is|has been} {hitting|kicking in} {around|by} $dayafter {like last time|again} {but|and} $I {bounce$s back|feel$s better} {by the weekend|after a few days}. {Any tips|Is walking good}?"
        },
        new String[] {
          "{The|This} fatigue {is getting worse|has gotten much worse} {each cycle|every round|since $cycle}. $I {can't|cannot} {get out of bed|do anything|work|shower without resting} {most days|for a week}{| and it's not bouncing back anymore}. {Is this the|Could this be the} {chemo|$drug|thyroid|blood count}? {Should we change something|Do we need to adjust the dose}?"
        });
    pair(
        out,
        "mouth_sores",
        new String[] {
          "{Got|Getting} {a sore spot|a little ulcer|two small sores} {on|inside} $my {cheek|gums|tongue} {again|this cycle}{|, it stings with orange juice}. {Can I use Orajel|Is the baking soda rinse enough|How often should I rinse}?",
          "$I {$have|got} {a couple|a few|some} {mouth sores|sores in my mouth|canker sores} {since|after} $chemo. {Salt and soda rinse|The rinse} {helps|is helping} {a bit|some}. {Anything else|Should I use the magic mouthwash}?",
          "{Mouth|My mouth} is {a little|kinda} sore {from|after} $drug{|, eating soft foods}. {Normal?|Expected?|ok to use biotene?}"
        },
        new String[] {
          "{The|These} mouth sores are {so bad|really bad|awful} $I {can't|can barely} eat {solid food|anything but smoothies|much} {for $days|since $cycle}{| and the magic mouthwash isn't helping}. $Im still {drinking|getting fluids down}. {Can we do something|Should we delay|Does the dose need to change}?"
        });
    pair(
        out,
        "rash",
        new String[] {
          "{Little|Small} {red bumps|pimples} {on my face|on my scalp|on my chest} {since|after starting} $drug{, not painful|, a bit itchy}. {Is that the acne rash they mentioned|Ok to use the clindamycin gel|What should I wash with}?",
          "$I {$have|got} a {mild|little|small} {rash|acne like rash|itchy rash} on $my {face|chest|arms|back} {from|since starting} $drug. {Not spreading|No blisters}. {Is the cream ok|What should I put on it}?",
          "{Some|A bit of} {itchy skin|dry skin|redness on my hands} on $drug. {Lotion ok?|Which moisturizer?|Is that expected?}"
        },
        new String[] {
          "{The|This} rash {is spreading|has spread} {all over|to my legs and back|over most of my body} {and|and it's} {really itchy|peeling|keeping me up at night} {even with|despite} the steroid cream. {Started|It started} {after|with} $drug. {No trouble breathing|Breathing is fine|No face swelling}. {Does $dr need to see it|Should I hold $drug}?",
          "$my {hands and feet|palms and soles} are {peeling|blistering|cracked and bleeding a little} {from|on} $drug {and|so} {it hurts to walk|I can't hold a pen|walking is hard}. {Should I keep taking it|Do we need to lower the dose}?"
        });
    pair(
        out,
        "neuropathy",
        new String[] {
          "{The|My} {fingers|toes|feet} {feel|are} {a little numb|tingly|like pins and needles} {for a few days after|after} $chemo {but it goes away|and then it fades}. {Should I mention it at my visit|Anything I can do|Is that the $drug}?",
          "{$I $have|Some} {tingling|pins and needles|numbness} in $my {fingertips|fingers and toes|toes} {from|since} $drug{, about the same as last cycle|, not worse|, comes and goes}. {Is that ok|Anything to help}?",
          "{Cold sensitivity|Fingers tingle with cold drinks} {again|after} $cycle, {goes away|wears off} after {a few days|a couple days}. Normal?"
        },
        new String[] {
          "{The|This} neuropathy {is getting worse|has gotten worse} {each|every} cycle. $I {keep dropping things|can't button shirts|can't feel the pedals well|trip over my feet} {and|and the numbness} {doesn't go away|is there all the time now} between {treatments|cycles}. {Should we lower the $drug|Should we change the dose|Do we need to stop the oxaliplatin}?"
        });
    pair(
        out,
        "hot_flashes_joints",
        new String[] {
          "{Hot flashes|Joint aches|Achy joints} {since starting|on} $drug{, manageable|, not too bad|, annoying but ok}. {Anything I can do|Any tips|Does that get better}?"
        },
        new String[] {
          "{The|My} {joint pain|hot flashes|bone aches} on $drug {are|is} {so bad|unbearable|way worse} {that I'm not sleeping|that I want to stop it|that I can barely walk in the mornings}. {Can I switch|Is there another pill|Can $dr change it}?"
        });
    pair(
        out,
        "appetite",
        new String[] {
          "{Not very hungry|Appetite is low|Hard to eat big meals} {since|after} $chemo{| but I'm drinking Ensure|, weight stable}. {Any ideas|What should I eat|Is Ensure ok}?",
          "{Food tastes|Everything tastes} {metallic|weird|like cardboard} {since|after} $chemo. {Any tips|Is that normal|Will it come back}?",
          "$I {$dont have much|$have no|lost $my} appetite {after|the week of} $chemo but {eating small meals|drinking Ensure}. {ok?|Should I worry?}"
        },
        new String[] {
          "$Ive lost {10|12|15|8} pounds {in the last month|since $cycle|in $weeks} {and|because} $I {can't eat|$have no appetite at all|can't eat more than a few bites}. {Do I need|Should I see} {a dietitian|an appetite med|something}? {Is this the cancer|Is this the treatment}?"
        });
    pair(
        out,
        "cough",
        new String[] {
          "{Little|A bit of|Slight} {dry cough|cough|tickle in my throat} {since $date|for a couple days}, {probably|maybe} allergies. {No fever|No shortness of breath}. {Ok to take|Can I take} {Mucinex|Delsym|cough drops}?"
        },
        new String[] {
          "{$Ive had|There's been} a {dry cough|new cough|nagging cough} for {$weeks|weeks now} that {isn't going away|keeps getting worse} {on|since starting} $drug. {Breathing is ok|No fever}, {just|but} {coughing at night|it keeps me up at night|coughing up clear phlegm}. {Could this be pneumonitis|Should I get checked|Does $dr want a scan}?"
        });
    return List.copyOf(out);
  }
}
