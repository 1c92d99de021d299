package org.oncotriage.training.adapt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.model.CalibrationFile;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.training.train.LabeledData;

/**
 * What an adaptation records: the base model, the practice data's hash and size, the generated
 * data, every setting, the fitted calibration and the thresholds with the budget they hold. It
 * becomes the {@code adaptation} entry of the adapted model's provenance and the choices of its
 * {@link AdaptReport}. Stateless.
 */
final class AdaptProvenance {

  private AdaptProvenance() {}

  /** The UTC date, the first 8 hex digits of the practice data's SHA-256, and "adapted". */
  static String defaultVersion(Instant when, LabeledData practice) {
    return DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(when)
        + "-"
        + practice.sha256().substring(0, 8)
        + "-adapted";
  }

  static ObjectNode of(
      ModelArtifact base,
      LabeledData practice,
      PracticeAdapter.Settings settings,
      int generatedCount,
      long generatedSeed,
      PracticeAdapter.Adaptation adaptation,
      double seconds) {
    ObjectMapper json = Json.mapper();
    ObjectNode node = json.createObjectNode();
    node.put("adapter", PracticeAdapter.class.getName());
    ObjectNode baseNode = node.putObject("base_model");
    baseNode.put("name", base.name());
    baseNode.put("version", base.version());
    node.set("practice_data", practiceData(json, practice));
    ObjectNode generated = node.putObject("generated_data");
    generated.put("count", generatedCount);
    generated.put("seed", generatedSeed);
    generated.set("label_mix", json.valueToTree(LabelMix.DEFAULT));
    node.put("folds", settings.folds());
    node.put("seed", settings.seed());
    node.put("max_under_triage", settings.maxUnderTriage());
    ObjectNode lexical = node.putObject("lexical_training");
    lexical.put("trainer", LexicalTraining.class.getName());
    lexical.put("features", LexicalTraining.FEATURES);
    lexical.put("iterations", settings.lexicalTraining().iterations());
    lexical.put("cutoff", settings.lexicalTraining().cutoff());
    lexical.put("practice_repeat", settings.practiceRepeat());
    lexical.put(
        "trained_on",
        "the generated conversations and every practice conversation, repeated "
            + settings.practiceRepeat()
            + " times");
    node.set("calibration", CalibrationFile.toJson(adaptation.calibration()));
    ObjectNode thresholds = node.putObject("thresholds");
    thresholds.set("base", json.valueToTree(base.thresholds()));
    thresholds.set("adapted", json.valueToTree(adaptation.thresholds()));
    node.set("decision_policy", decisionPolicy(json, settings, adaptation));
    node.put("seconds", Math.round(seconds));
    return node;
  }

  /** The base model's provenance with the adapted identity and an {@code adaptation} entry. */
  static ObjectNode modelProvenance(
      ModelArtifact base, String name, String version, ObjectNode choices) {
    ObjectNode provenance =
        base.provenance().isObject()
            ? ((ObjectNode) base.provenance()).deepCopy()
            : Json.mapper().createObjectNode();
    provenance.remove("validation_metrics");
    provenance.put("name", name);
    provenance.put("version", version);
    provenance.put("created", Instant.now().toString());
    provenance.set("adaptation", choices);
    provenance.set("decision_policy", choices.get("decision_policy"));
    return provenance;
  }

  private static ObjectNode practiceData(ObjectMapper json, LabeledData practice) {
    ObjectNode node = json.createObjectNode();
    node.put("file_name", practice.file().getFileName().toString());
    node.put("sha256", practice.sha256());
    node.put("bytes", practice.bytes());
    node.put("conversations", practice.conversations().size());
    ObjectNode levels = node.putObject("responder");
    for (Responder r : Responder.values()) {
      levels.put(
          r.wireName(),
          practice.conversations().stream().filter(c -> c.labels().responder() == r).count());
    }
    node.put(
        "billable", practice.conversations().stream().filter(c -> c.labels().billable()).count());
    node.put("urgent", practice.conversations().stream().filter(c -> c.labels().urgent()).count());
    return node;
  }

  private static ObjectNode decisionPolicy(
      ObjectMapper json, PracticeAdapter.Settings settings, PracticeAdapter.Adaptation adaptation) {
    ObjectNode node = json.createObjectNode();
    node.put("max_under_triage", settings.maxUnderTriage());
    node.put(
        "chosen_on",
        "out-of-fold scores of the practice data ("
            + adaptation.calibration().fittedOn().replace(", out-of-fold", "")
            + ")");
    node.put("under_triage_rate", adaptation.budgetErrors().underRate());
    node.put("over_triage_rate", adaptation.budgetErrors().overRate());
    node.put("conversations", adaptation.budgetErrors().total());
    return node;
  }
}
