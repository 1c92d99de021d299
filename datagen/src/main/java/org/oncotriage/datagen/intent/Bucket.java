package org.oncotriage.datagen.intent;

/** The label bucket a conversation is steered to; the generator's label mix draws one. */
public enum Bucket {
  URGENT,
  BILLABLE,
  ONCOLOGIST_OTHER,
  NURSE,
  MEDICAL_ASSISTANT
}
