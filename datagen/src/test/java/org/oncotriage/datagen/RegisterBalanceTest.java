package org.oncotriage.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.noise.Register;

/** The writing registers change the form of a conversation, never its labels. */
class RegisterBalanceTest {

  private final ConversationGenerator g = new ConversationGenerator(41, LabelMix.DEFAULT);

  @Test
  void transformsNeverChangeTheIntentsOrTheLabels() {
    for (long i = 1; i <= 300; i++) {
      GeneratedConversation plain = g.withRegister(Register.PLAIN).generate(i);
      for (Register r :
          List.of(
              Register.DICTATED,
              Register.TEXT_SPEAK,
              Register.NON_NATIVE,
              Register.MIXED_SPANISH)) {
        GeneratedConversation styled = g.withRegister(r).generate(i);
        assertThat(styled.allIntents()).isEqualTo(plain.allIntents());
        assertThat(styled.conversation().labels()).isEqualTo(plain.conversation().labels());
      }
    }
  }

  @Test
  void aTransformedAdministrativeRequestStaysAdministrative() {
    Labels admin = new Labels(Responder.MEDICAL_ASSISTANT, false, false);
    List<Intent> asks =
        g.catalog().all().stream()
            .filter(i -> i.name().matches("ma\\.(artifact|same|worried)_.*"))
            .toList();
    assertThat(asks).hasSizeGreaterThanOrEqualTo(20);
    long index = 1;
    for (Register r :
        List.of(
            Register.DICTATED, Register.TEXT_SPEAK, Register.NON_NATIVE, Register.MIXED_SPANISH)) {
      ConversationGenerator styled = g.withRegister(r);
      for (Intent ask : asks) {
        GeneratedConversation gc = styled.generate(index++, List.of(List.of(ask)));
        assertThat(gc.register()).isEqualTo(r);
        assertThat(gc.conversation().labels()).as(r + " " + ask.name()).isEqualTo(admin);
      }
    }
  }

  @Test
  void everyRegisterAndThePreambleOccurAtOneRateForEveryLevel() {
    int n = 20_000;
    Map<Responder, int[]> byLevel = new EnumMap<>(Responder.class);
    int[] overall = new int[Register.values().length + 1];
    for (long i = 1; i <= n; i++) {
      GeneratedConversation gc = g.generate(i);
      int[] counts =
          byLevel.computeIfAbsent(
              gc.conversation().labels().responder(), x -> new int[Register.values().length + 2]);
      counts[gc.register().ordinal()]++;
      counts[Register.values().length] += gc.preamble() ? 1 : 0;
      counts[Register.values().length + 1]++;
      overall[gc.register().ordinal()]++;
      overall[Register.values().length] += gc.preamble() ? 1 : 0;
    }
    for (int k = 0; k < overall.length; k++) {
      double rate = overall[k] / (double) n;
      assertThat(rate).as("overall rate of kind " + k).isGreaterThan(0.02);
      for (Map.Entry<Responder, int[]> e : byLevel.entrySet()) {
        int[] c = e.getValue();
        double levelRate = c[k] / (double) c[Register.values().length + 1];
        assertThat(levelRate).as(e.getKey() + " kind " + k).isCloseTo(rate, within(0.02));
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
