package org.oncotriage.training.train;

import java.util.Objects;
import org.oncotriage.conversation.Labels;

/**
 * One encoded, labeled conversation.
 *
 * @param ids the model input ids
 * @param labels its labels
 */
record Example(int[] ids, Labels labels) {
  Example {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(labels, "labels");
  }
}
