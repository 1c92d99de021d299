package org.oncotriage.lexical;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

/** A tiny hand-made labeled set whose three levels differ by obvious words. */
public final class LexicalFixtures {

  private LexicalFixtures() {}

  private static final String[] SCHEDULING = {
    "Can I reschedule my appointment to Friday?",
    "I need to reschedule my appointment, the parking garage is closed.",
    "Please move my appointment, I have a conflict.",
    "Where do I park for my appointment next week?",
  };
  private static final String[] REFILLS = {
    "I am almost out of my nausea pills, can you send a refill?",
    "My nausea is back, should I take the pills twice a day?",
    "Can the nurse call about my nausea medicine dose?",
    "Is it okay to take the nausea pills with food?",
  };
  private static final String[] TREATMENT = {
    "The scan shows the tumor grew, should we change my treatment plan?",
    "Does the new scan mean the treatment stopped working?",
    "My tumor markers rose again, is it time for a different treatment?",
    "What does the scan result mean for my treatment options?",
  };

  /** Twelve conversations: scheduling (medical assistant), refills (nurse), treatment. */
  public static List<Conversation> training() {
    List<Conversation> out = new ArrayList<>();
    add(out, SCHEDULING, new Labels(Responder.MEDICAL_ASSISTANT, false, false));
    add(out, REFILLS, new Labels(Responder.NURSE, true, false));
    add(out, TREATMENT, new Labels(Responder.ONCOLOGIST, true, false));
    return out;
  }

  public static Conversation patient(String id, String text) {
    return Conversation.of(id, List.of(Message.of(Sender.PATIENT, text)));
  }

  private static void add(List<Conversation> out, String[] texts, Labels labels) {
    for (String text : texts) {
      out.add(patient("c" + out.size(), text).withLabels(labels));
    }
  }
}
