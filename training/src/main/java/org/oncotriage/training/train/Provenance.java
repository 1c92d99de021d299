package org.oncotriage.training.train;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalTraining;

/**
 * Builds the {@code provenance.json} of a trained model, in the spirit of Tribuo's model
 * provenance: trainer, data hashes and sizes, hyperparameters, seed, epochs, timing, library
 * versions and date. Stateless.
 */
final class Provenance {

  private Provenance() {}

  /**
   * The version a model gets when none is named: the UTC date, the first 8 hex digits of the
   * training data's SHA-256, and the first 6 of a hash of the recipe (the transformer's
   * hyperparameters and seed, the lexical weight and settings). Two recipes on the same data on the
   * same day never share a version; the same recipe on the same data does.
   */
  static String defaultVersion(
      Instant when, String trainingDataSha256, TrainingOptions options, LexicalOptions lexical) {
    ObjectMapper json = Json.mapper();
    ObjectNode recipe = json.createObjectNode();
    recipe.set("hyperparameters", json.valueToTree(options));
    recipe.put("lexical_weight", lexical.weight());
    recipe.put("lexical_iterations", lexical.iterations());
    recipe.put("lexical_cutoff", lexical.cutoff());
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(recipe);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the training recipe", e);
    }
    return DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(when)
        + "-"
        + trainingDataSha256.substring(0, 8)
        + "-"
        + Sha256.hex(bytes).substring(0, 6);
  }

  static ObjectNode of(
      TrainingOptions options,
      LexicalOptions lexicalOptions,
      TrainedModel trained,
      LabeledData training,
      LabeledData validation,
      String name,
      String version) {
    ObjectMapper json = Json.mapper();
    TrainingRun run = trained.transformer();
    ObjectNode node = json.createObjectNode();
    node.put("name", name);
    node.put("version", version);
    node.put("trainer", TriageTrainer.class.getName());
    node.put("created", Instant.now().toString());
    node.set("training_data", data(json, training));
    if (validation != null) {
      node.set("validation_data", data(json, validation));
    } else {
      ObjectNode held = node.putObject("validation_data");
      held.put("held_out_share_of_training_data", options.validationShare());
      held.put("split_seed", options.seed());
    }
    node.set("hyperparameters", json.valueToTree(options));
    node.put("seed", options.seed());
    node.put("epochs_run", run.epochsRun());
    node.put("best_epoch", run.bestEpoch());
    node.set("epoch_training_losses", json.valueToTree(run.epochLosses()));
    node.put("training_seconds", Math.round(run.seconds()));
    node.put("examples_per_second", Math.round(run.examplesPerSecond()));
    node.put("vocabulary_size", run.vocabulary().size());
    ObjectNode lexical = node.putObject("lexical");
    lexical.put("weight", lexicalOptions.weight());
    if (trained.lexical() != null) {
      lexical.put("trainer", LexicalTraining.class.getName());
      lexical.put("algorithm", "OpenNLP DocumentCategorizerME, maxent (GIS), one thread");
      lexical.put("features", LexicalTraining.FEATURES);
      lexical.put("iterations", lexicalOptions.iterations());
      lexical.put("cutoff", lexicalOptions.cutoff());
      lexical.put("trained_on", "the training split (not the validation split)");
      lexical.put("training_seconds", Math.round(trained.lexicalSeconds()));
      lexical.put("heads", "responder, billable (urgent: transformer head and red-flag rules)");
    }
    ObjectNode libraries = node.putObject("libraries");
    libraries.put("djl", Engine.getDjlVersion());
    libraries.put("engine", Engine.getInstance().getEngineName());
    libraries.put("engine_version", Engine.getInstance().getVersion());
    libraries.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
    libraries.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    libraries.put("java", System.getProperty("java.version"));
    return node;
  }

  private static ObjectNode data(ObjectMapper json, LabeledData data) {
    ObjectNode node = json.createObjectNode();
    node.put("file_name", data.file().getFileName().toString());
    node.put("sha256", data.sha256());
    node.put("bytes", data.bytes());
    node.put("conversations", data.conversations().size());
    return node;
  }
}
