package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Protocol-driven clinical intents a nurse resolves (side effects are in {@link SideEffectIntents},
 * hypothetical and negated red flags in {@link RedFlagCatalog}).
 */
final class NursingIntents {

  private NursingIntents() {}

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of("rn." + name, category, Need.nursing(), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        rn(
            "how_to_take",
            "medication_instructions",
            "{How many|How much} $antiemetic {can I|am I allowed to|is it ok to} take {in a day|at once|every few hours}? {The label is confusing|I lost the sheet|I just want to be safe}.",
            "{Is it ok to|Can I} {crush|split|open} $my $drug {pills|capsules|tablets}? $I $have trouble swallowing {big pills|them}.",
            "{Do|Should} {I|we} {keep|store} $drug {in the fridge|at room temp}? {It came in a box with ice packs|The pharmacy didn't say}.",
            "{Should $I|$do $I} take $my {$antiemetic|$drug|dex|dexamethasone|steroid} {with food|on an empty stomach|before or after chemo|the night before|in the morning or at night}? {The bottle doesn't say|I forgot what $nurse said|The instructions got lost|I'm confused}.",
            "$I missed a dose of $drug {last night|this morning|yesterday}. {$do $I|Should $I} {take it now|double up|just skip it}?",
            "{How long|How many days} should $I keep taking the $antiemetic after $chemo? [{It says as needed but|The pharmacy label says every 8 hours but} {I'm not sure|I feel fine now}.]",
            "{Can I|Is it ok to} take {Tylenol|tylenol|Claritin|Benadryl|Imodium} {with|while on} $drug? {It's|That's} {on the list you gave me|on the handout} {but|and} I wanted to double check."),
        rn(
            "prep",
            "procedure_prep",
            "{Do I need to|Should I} {fast|not eat|stop eating} before {my|the} $scan {on $date|tomorrow|next week}? [{And|Also} can I {take my morning meds|drink coffee|have water}?]",
            "{Should I|Do I} {hold|stop|skip} $my {Eliquis|blood thinner|metformin|aspirin} before the {port placement|biopsy|port removal|procedure} on $date like {the sheet|the instructions} said? Just {making sure|confirming} {how many days|the timing}.",
            "{What should I|What do I need to} {bring|wear|know} for $my first {infusion|chemo|day of $regimen}[ on $date]? {How long will it take|Can someone come with me|Can I eat before}?",
            "{Do I need|Is there} {a|any} prep for the {PET scan|MRI|CT with contrast}? {Last time|Before} they {made me drink stuff|said no sugar the day before}."),
        rn(
            "port_care",
            "port_care",
            "{When|How often} does $my port need to be flushed {if|now that} $Im {done with|off|between} $chemo?",
            "{The skin|The area} around $my {port|PICC|picc line} {is a little itchy under the dressing|itches from the tape|is itchy from the bandage adhesive}, no redness or {drainage|swelling}. {Is there|Can I use} {a different dressing|something for that}?",
            "{Can I|Is it ok to} {shower|swim|go in the hot tub|lift groceries} with $my {port|new port|PICC line}[ {after it was placed|since it was put in} {last week|on $date}]?",
            "{My|The} {incision|surgical site|drain site} from $my {surgery|port placement|mastectomy} is healing {fine|ok}, {a little bruised|still a bit sore}, no {redness|fever|pus}. {How long|When} {should|can} $I {take off the steri strips|remove the dressing|empty the drain}?"),
        rn(
            "result_explained",
            "result_explained",
            "$dr {told|explained to} {me|us} {at the visit|on the phone|last week} that $my $marker {was|is} {stable|about the same|down a little}. {What's a normal number for that|How often do you check it}? {Just curious|For my notes}.",
            "{I|We} {understand|know} from {our|the} visit that the $scan {looked|was} {stable|good|unchanged}, $dr went over it. {When is the next one|How often will I get scans now}?",
            "{At my visit|Last week|When I saw $dr}, $dr {went over|explained|talked about} $my $lab {results|numbers} {and said it was expected from $chemo|and said not to worry|and said it's from the chemo}. {What does it mean again|What is that number exactly|Can you remind me what the normal range is}?",
            "{I saw|I see} $my $scan results {posted|on the portal}. $dr already {went over them with me|called me about it|explained it at the visit}{,| and} I just {don't understand|had a question about} {one word|a word} {in the report|the radiologist used}: {what is atelectasis|what does unremarkable mean|what is a granuloma|what does stable mean}?",
            "{Are|Were} $my {labs|blood counts|$lab} {today|from $date} {normal|ok}? {It|The portal} {says everything is in range|shows no flags}{| but I wanted to be sure}."),
        rn(
            "vaccine_travel",
            "vaccine_travel",
            "{Can|Should} $I get {the flu shot|a covid booster|the shingles vaccine|an RSV shot} while on $regimen? {When|What timing} {is best|around $my infusions}?",
            "{We're|I'm} {planning|thinking about} a {trip|flight|cruise|drive to see family} {next month|over the holidays|$date}. {Is that ok between cycles|Any precautions|Should I bring anything}?",
            "$other {just got|is getting} {a live vaccine|the MMR|the nasal flu vaccine|chickenpox vaccine}. {Do I need to|Should I} stay away from {them|him|her}?",
            "$other {has a cold|has a fever of $hightemp|has the flu|has covid|has strep}. {Should I|Do I need to} {stay away|wear a mask|stay in another room}[ while $Im on $chemo]?"),
        rn(
            "supportive_refill",
            "refill_supportive",
            "{Can I get|Need|Please send} a refill {of|on} $supportive[ to $pharmacy]. {Almost out|I'm down to a couple|Used the last one today}.",
            "$Im {running low|almost out} {on|of} $supportive. {Can you|Could you} {send more|refill it|call it in} {to $pharmacy|before $my next $chemo}?",
            "{Refill|rx} {for|on} {my|the} $antiemetic {please|pls}[, $pharmacy]."),
        rn(
            "coordination",
            "coordination",
            "{Home health|The home health nurse|The visiting nurse} {needs|is asking for} {orders|new orders|the dressing orders} for $my {port|PICC|wound}. {Can you|Could someone} {fax them|call them}?",
            "{Hospice|The hospice agency|Palliative care} {called|wants to} {set up an intake|talk to $dr's nurse} for $pname. {Who should they talk to|Can you coordinate}?",
            "$pharmacy {says|said} $drug {needs|has} {a prior auth|an interaction warning|to be ordered} and {wants to talk to|asked for} {the nurse|someone on the team}. {Can someone call them|Can you reach out}?"),
        rn(
            "resolved_minor",
            "resolved_minor",
            "{I had|$I had} a {nosebleed|small nosebleed|bloody nose} {this morning|last night|yesterday} {that stopped|and it stopped} after {5|ten|a few} minutes of pressure. {Is that normal|Should I be worried|Just letting you know} on $drug?",
            "$I {felt|got} a little dizzy {standing up|getting out of bed} {yesterday|this morning} but it {passed|went away} {after a minute|when I sat down} and $Ive been {drinking more|fine since}. {Anything I should do|Just fyi}.",
            "$I had a {headache|low grade temp of $lowtemp|bit of chills} {yesterday|last night} after $chemo {that went away|that's gone now} with {Tylenol|rest}. {Is that common|Should I mention it next time}?"),
        rn(
            "education",
            "teaching",
            "{What|Which} side effects should {I|we} {expect|watch for} {from|with} $drug? {I start|$I start$s|Starting} {$date|next week|on Monday} and {the handout is long|I want to be prepared|I'm nervous}.",
            "{How long|How many hours} {does|will} {the|my} {infusion|first $regimen treatment|chemo day} {take|last}? {Should I bring lunch|Can my husband stay with me|Do I need a driver}?",
            "{Is it safe|Is it ok} to {be intimate|have sex|kiss my grandkids|hug the kids|share a bathroom} {during|while on} $chemo? {Do we need|Should we use} {condoms|any precautions}?",
            "{When|How soon} {will|does} {my hair|$my hair} {start to|} fall out {on|with} $regimen? {Should I buy a wig now|Do you have a list of wig shops}?",
            "{I was|$I was} {discharged|sent home} from the hospital {yesterday|on $pastdate} {after|with} {the infection|dehydration|a blood transfusion}. {What do we do now|When do I see $dr|Do I still get chemo $date}? {Feeling better|Doing ok now}."),
        rn(
            "diet_activity",
            "self_care",
            "{Is it ok|Can I} {eat sushi|drink a glass of wine|have grapefruit|eat salad|go to the gym|do yoga|garden|go back to swimming} {while on|during} $regimen?",
            "{What can I|Anything I can} {eat|do} {to keep my strength up|to gain weight|for energy} during $chemo? {I've lost a couple pounds|Food tastes off}.",
            "{Can|Should} $I {dye my hair|get a massage|get my nails done|go to the dentist|get a cleaning at the dentist} {during|between} {chemo|cycles|treatments}?"));
  }
}
