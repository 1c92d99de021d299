package org.oncotriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;

/** {@link StagedTriager#of}, the adapter that lets the work-load manager see only staged models. */
class StagedTriagerOfTest {

  private static Conversation conversation(String id) {
    return Conversation.of(id, List.of(Message.of(Sender.PATIENT, "question " + id)));
  }

  @Test
  void aStagedTriagerIsReturnedAsItIs() {
    StagedTriager staged = StagedTriager.of(new FakeTriager());
    assertThat(StagedTriager.of(staged)).isSameAs(staged);
  }

  @Test
  void aBatchOfOneRunsTriageAndALargerOneRunsTriageBatch() {
    FakeTriager fake = new FakeTriager();
    StagedTriager staged = StagedTriager.of(fake);
    StagedTriager.Prepared a = staged.prepare(conversation("a"));
    StagedTriager.Prepared b = staged.prepare(conversation("b"));
    assertThat(a.conversation().id()).isEqualTo("a");
    assertThat(a.tokens()).isZero();
    assertThat(staged.triagePrepared(List.of(a))).extracting(TriageResult::id).containsExactly("a");
    assertThat(staged.triagePrepared(List.of(b, a)))
        .extracting(TriageResult::id)
        .containsExactly("b", "a");
    // FakeTriager.triage is a batch of one
    assertThat(fake.batchSizes()).containsExactly(1, 2);
  }

  @Test
  void valuesPreparedByAnotherTriagerAreRefused() {
    StagedTriager one = StagedTriager.of(new FakeTriager());
    StagedTriager other = StagedTriager.of(new FakeTriager());
    StagedTriager.Prepared foreign = other.prepare(conversation("x"));
    assertThatThrownBy(() -> one.triagePrepared(List.of(foreign)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not prepared by this triager");
  }

  @Test
  void theAdapterDelegatesDescriptionAndClose() {
    FakeTriager fake = new FakeTriager();
    StagedTriager staged = StagedTriager.of(fake);
    assertThat(staged.description()).isSameAs(FakeTriager.DESCRIPTION);
    assertThat(staged.prepare(conversation("c")).toString()).isEqualTo("Unprepared[c]");
    staged.close();
    assertThat(fake.closed()).isTrue();
  }
}
