package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;

/** Loading the rule file: the shipped one once, bad ones with a clear message. */
class RedFlagRulesLoadingTest {

  private static final String CONTEXT =
      """
      "context": {"clause_break": ["but"], "negation": ["no"], "hypothetical": ["if"],
        "threshold_talk": ["sheet"], "past": ["last week"], "ongoing": ["now"],
        "resolution": ["gone"], "past_tense": ["was"], "chronic": ["as usual"],
        "other_person": ["my husband"], "first_person": ["i"], "proxy_writer": ["on behalf of"]}
      """;

  private static RuleBook read(String rules) {
    String json = "{\"version\": \"t1\", " + CONTEXT + ", \"rules\": " + rules + "}";
    return RedFlagRules.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void theStandardDetectorIsLoadedOnceAndShared() {
    assertThat(RedFlagRules.standard()).isSameAs(RedFlagRules.standard());
    assertThat(RedFlagRules.standard().rules().version()).isNotBlank();
  }

  @Test
  void aSmallRuleFileDrivesTheGenericEngine() {
    RuleBook book =
        read("[{\"id\": \"x.hiccups\", \"finding\": \"hiccups\", \"trigger\": [\"hiccups?\"]}]");
    RuleBasedRedFlagDetector detector = new RuleBasedRedFlagDetector(book);

    assertThat(detector.detect(Threads.patient("Hiccups all day.")))
        .containsExactly(new RedFlagFinding(0, 0, 7, "hiccups", "x.hiccups"));
    assertThat(detector.detect(Threads.patient("No hiccups now."))).isEmpty();
    assertThat(detector.detect(Threads.patient("If I get hiccups, what then?"))).isEmpty();
  }

  @Test
  void anUnknownTermIsNamed() {
    assertThatThrownBy(
            () -> read("[{\"id\": \"a\", \"finding\": \"f\", \"trigger\": [\"{{NOPE}}\"]}]"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageContaining("rule a")
        .hasMessageContaining("{{NOPE}}");
  }

  @Test
  void anUnknownRequiredRuleIsNamed() {
    assertThatThrownBy(
            () ->
                read(
                    "[{\"id\": \"a\", \"finding\": \"f\", \"trigger\": [\"x\"],"
                        + " \"require_rules\": [\"b\"]}]"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageContaining("unknown rule b");
  }

  @Test
  void anInvalidPatternIsNamed() {
    assertThatThrownBy(() -> read("[{\"id\": \"a\", \"finding\": \"f\", \"trigger\": [\"(x\"]}]"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageContaining("rule a")
        .hasMessageContaining("not a valid pattern");
  }

  @Test
  void aRuleWithoutTriggerOrKindIsRefused() {
    assertThatThrownBy(() -> read("[{\"id\": \"a\", \"finding\": \"f\"}]"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageContaining("rule a");
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithItsName() {
    assertThatThrownBy(
            () ->
                RedFlagRules.read(
                    new ByteArrayInputStream("{oops".getBytes(StandardCharsets.UTF_8)), "bad.json"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageStartingWith("bad.json: not valid JSON");
  }

  @Test
  void concurrentCallsGiveTheSameFindingsAsOneThread() throws Exception {
    List<Conversation> conversations =
        List.of(
            Threads.patient("Running 101.9 and shaking chills."),
            Threads.patient("No fever, just tired."),
            Threads.caregiver("She passed out and her legs feel numb."),
            Threads.patient("My calf is swollen and tender since Monday."));
    List<List<RedFlagFinding>> expected =
        conversations.stream().map(RedFlagRules.standard()::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RedFlagFinding>>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Conversation c = conversations.get(i % conversations.size());
        futures.add(pool.submit(() -> RedFlagRules.standard().detect(c)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % conversations.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
