package org.oncotriage.server.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  private final List<Integer> rejected = new CopyOnWriteArrayList<>();
  private final WorkLoadListener listener =
      new WorkLoadListener() {
        @Override
        public void rejected(int conversations) {
          rejected.add(conversations);
        }
      };

  @Test
  void admitsUpToTheCapacityAndRefusesTheNextAtOnce() {
    Admission admission = new Admission(3, listener);
    admission.reserve(2);
    admission.reserve(1);
    assertThat(admission.count()).isEqualTo(3);
    assertThatThrownBy(() -> admission.reserve(1))
        .isInstanceOf(QueueFullException.class)
        .hasMessage("work queue full: 1 conversation(s) requested, 3 queued of capacity 3");
    assertThat(rejected).containsExactly(1);
    assertThat(admission.count()).isEqualTo(3);
  }

  @Test
  void aSubmissionIsAdmittedWholeOrNotAtAll() {
    Admission admission = new Admission(3, listener);
    admission.reserve(2);
    QueueFullException refused = assertThrows(QueueFullException.class, () -> admission.reserve(2));
    assertThat(refused.requested()).isEqualTo(2);
    assertThat(refused.capacity()).isEqualTo(3);
    assertThat(admission.count()).isEqualTo(2);
    assertThat(rejected).containsExactly(2);
  }

  @Test
  void releasedPlacesCanBeAdmittedAgain() {
    Admission admission = new Admission(2, listener);
    admission.reserve(2);
    admission.release(1);
    admission.reserve(1);
    assertThat(admission.count()).isEqualTo(2);
    assertThat(rejected).isEmpty();
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new Admission(0, listener))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be >= 1, received 0");
  }
}
