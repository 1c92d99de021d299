package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.engine.djl.LoadedNetwork;
import org.oncotriage.heads.Head;
import org.oncotriage.heads.Heads;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalCategorizer;
import org.oncotriage.lexical.LexicalModel;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.text.WordPieceVocabulary;

/**
 * The one definition of the model artifact: a directory of
 *
 * <ul>
 *   <li>{@code network.params}: the network's parameters (DJL {@code saveParameters} form);
 *   <li>{@code vocabulary.txt}: the WordPiece pieces, one a line, in id order;
 *   <li>{@code config.json}: the engine that runs the network, the network's shape and the text
 *       pipeline's settings;
 *   <li>{@code labels.json}: the {@link Heads}: each softmax head's classes in output order, under
 *       its name, and the sigmoid heads' names under {@code binary};
 *   <li>{@code thresholds.json}: the decision thresholds;
 *   <li>{@code provenance.json}: how the model was made, with its validation metrics;
 *   <li>{@code lexical-responder.bin}, {@code lexical-billable.bin}: the lexical companion's
 *       OpenNLP categorizers, only when {@code config.json}'s {@code lexical_weight} is above 0;
 *   <li>{@code calibration.json}: how the heads become the served probabilities ({@link
 *       CalibrationFile}), only in a model adapted to a practice's data;
 *   <li>{@code manifest.json}: format, name, version, and the size and SHA-256 of every other file.
 * </ul>
 *
 * <p>Format version 1 is a transformer-only artifact (the form before the lexical blend, still
 * read, with lexical weight 0); version 2 adds the lexical files. The writer uses version 1 when
 * there is no lexical companion, so such artifacts stay readable by older code, and 2 otherwise, so
 * older code refuses a blended model instead of silently serving its transformer alone. Version 3
 * adds {@code calibration.json}, for the same reason: older code must refuse a calibrated model
 * rather than serve it with the fixed blend and thresholds chosen for calibrated probabilities.
 *
 * <p>{@code config.json} names the {@link org.oncotriage.engine.ScoringEngine} in {@code engine};
 * artifacts written before engines were named have none and mean {@link #DEFAULT_ENGINE}, so the
 * key needs no new format version. Whether this version can run the engine is checked when the
 * model is loaded ({@link TriageModels}).
 *
 * <p>Reading checks the manifest first: every file present, of the recorded size and checksum,
 * before any byte reaches DJL; then that the files agree with each other. Any fault is a {@link
 * ModelFormatException} naming the file. Stateless and thread-safe.
 */
public final class ArtifactFormat {

  static final String FORMAT = "oncotriage-model";

  /** The format version of blended models. */
  static final int FORMAT_VERSION = 2;

  /** The format version of calibrated models, the newest. */
  static final int CALIBRATED_VERSION = 3;

  /** The format version of transformer-only models. */
  static final int TRANSFORMER_ONLY_VERSION = 1;

  public static final String MANIFEST = "manifest.json";
  public static final String PARAMETERS = "network.params";
  public static final String VOCABULARY = "vocabulary.txt";
  public static final String CONFIG = "config.json";
  public static final String LABELS = "labels.json";
  public static final String THRESHOLDS = "thresholds.json";
  public static final String PROVENANCE = "provenance.json";
  public static final String LEXICAL_RESPONDER = "lexical-responder.bin";
  public static final String LEXICAL_BILLABLE = "lexical-billable.bin";
  public static final String CALIBRATION = "calibration.json";

  /** The engine of an artifact whose {@code config.json} names none. */
  static final String DEFAULT_ENGINE = LoadedNetwork.NAME;

  static final List<String> FILES =
      List.of(PARAMETERS, VOCABULARY, CONFIG, LABELS, THRESHOLDS, PROVENANCE);

  private static final ObjectMapper JSON = Json.mapper();

  private ArtifactFormat() {}

  /** Writes {@code artifact} into {@code directory}, creating it; existing files are replaced. */
  public static void write(Path directory, ModelArtifact artifact) throws IOException {
    Files.createDirectories(directory);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(PARAMETERS, artifact.parameters());
    files.put(VOCABULARY, artifact.vocabulary().toBytes());
    files.put(CONFIG, json(configNode(artifact)));
    files.put(LABELS, json(labelsNode()));
    files.put(THRESHOLDS, json(JSON.valueToTree(artifact.thresholds())));
    ObjectNode provenance = artifact.provenance().deepCopy();
    provenance.set("validation_metrics", JSON.valueToTree(artifact.validationMetrics()));
    files.put(PROVENANCE, json(provenance));
    if (artifact.lexical() != null) {
      files.put(LEXICAL_RESPONDER, artifact.lexical().model().responder().toBytes());
      files.put(LEXICAL_BILLABLE, artifact.lexical().model().billable().toBytes());
    }
    if (artifact.calibration() != null) {
      files.put(CALIBRATION, json(CalibrationFile.toJson(artifact.calibration())));
    }
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("format", FORMAT);
    manifest.put("format_version", formatVersion(artifact));
    manifest.put("name", artifact.name());
    manifest.put("version", artifact.version());
    ObjectNode entries = manifest.putObject("files");
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(directory.resolve(e.getKey()), e.getValue());
      ObjectNode entry = entries.putObject(e.getKey());
      entry.put("bytes", e.getValue().length);
      entry.put("sha256", Sha256.hex(e.getValue()));
    }
    Files.write(directory.resolve(MANIFEST), json(manifest));
  }

  /**
   * Reads and checks an artifact.
   *
   * @throws ModelFormatException on any missing, truncated, altered or inconsistent file
   */
  public static ModelArtifact read(ArtifactSource source) {
    JsonNode manifest = parse(source, MANIFEST, source.read(MANIFEST));
    int version = manifest.path("format_version").asInt();
    if (!FORMAT.equals(manifest.path("format").asText())
        || version < TRANSFORMER_ONLY_VERSION
        || version > CALIBRATED_VERSION) {
      throw new ModelFormatException(
          source.describe(MANIFEST),
          "not an "
              + FORMAT
              + " manifest of version "
              + TRANSFORMER_ONLY_VERSION
              + " to "
              + CALIBRATED_VERSION);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : FILES) {
      files.put(name, checked(source, manifest, name));
    }
    EncoderConfig config = readConfig(source, files.get(CONFIG));
    double lexicalWeight = readLexicalWeight(source, files.get(CONFIG));
    String engine = readEngine(source, files.get(CONFIG));
    LexicalCompanion lexical = null;
    if (lexicalWeight > 0) {
      if (version < FORMAT_VERSION) {
        throw new ModelFormatException(
            source.describe(CONFIG),
            "lexical_weight=" + lexicalWeight + " needs format version " + FORMAT_VERSION);
      }
      LexicalCategorizer responder =
          readCategorizer(source, LEXICAL_RESPONDER, checked(source, manifest, LEXICAL_RESPONDER));
      LexicalCategorizer billable =
          readCategorizer(source, LEXICAL_BILLABLE, checked(source, manifest, LEXICAL_BILLABLE));
      lexical = new LexicalCompanion(LexicalModel.of(responder, billable), lexicalWeight);
    } else {
      for (String name : List.of(LEXICAL_RESPONDER, LEXICAL_BILLABLE)) {
        if (manifest.path("files").has(name)) {
          throw new ModelFormatException(
              source.describe(MANIFEST),
              "lists " + name + " but " + CONFIG + " gives it no weight (lexical_weight=0)");
        }
      }
    }
    checkLabels(source, files.get(LABELS));
    WordPieceVocabulary vocabulary;
    try {
      vocabulary = WordPieceVocabulary.fromBytes(files.get(VOCABULARY));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source.describe(VOCABULARY), e.getMessage(), e);
    }
    if (vocabulary.size() != config.vocabularySize()) {
      throw new ModelFormatException(
          source.describe(CONFIG),
          "vocabulary_size="
              + config.vocabularySize()
              + " but "
              + VOCABULARY
              + " holds "
              + vocabulary.size()
              + " pieces");
    }
    DecisionThresholds thresholds;
    try {
      thresholds =
          JSON.treeToValue(
              parse(source, THRESHOLDS, files.get(THRESHOLDS)), DecisionThresholds.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelFormatException(source.describe(THRESHOLDS), "invalid: " + rootMessage(e), e);
    }
    Calibration calibration = null;
    if (manifest.path("files").has(CALIBRATION)) {
      if (version < CALIBRATED_VERSION) {
        throw new ModelFormatException(
            source.describe(MANIFEST),
            "lists " + CALIBRATION + " but is of format version " + version);
      }
      calibration =
          CalibrationFile.fromJson(
              parse(source, CALIBRATION, checked(source, manifest, CALIBRATION)),
              source.describe(CALIBRATION));
      if (calibration.sources() != (lexical == null ? 1 : 2)) {
        throw new ModelFormatException(
            source.describe(CALIBRATION),
            "pools "
                + calibration.sources()
                + " sources but the model's lexical weight is "
                + lexicalWeight);
      }
    } else if (version >= CALIBRATED_VERSION) {
      throw new ModelFormatException(
          source.describe(MANIFEST),
          "of format version " + version + " does not list " + CALIBRATION);
    }
    JsonNode provenance = parse(source, PROVENANCE, files.get(PROVENANCE));
    Map<String, Double> metrics = new LinkedHashMap<>();
    provenance
        .path("validation_metrics")
        .fields()
        .forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
    return new ModelArtifact(
        manifest.path("name").asText("unnamed"),
        manifest.path("version").asText("unknown"),
        config,
        vocabulary,
        thresholds,
        provenance,
        metrics,
        files.get(PARAMETERS),
        lexical,
        engine,
        calibration);
  }

  private static int formatVersion(ModelArtifact artifact) {
    if (artifact.calibration() != null) {
      return CALIBRATED_VERSION;
    }
    return artifact.lexical() == null ? TRANSFORMER_ONLY_VERSION : FORMAT_VERSION;
  }

  /** The bytes of {@code name}, checked against its manifest entry. */
  private static byte[] checked(ArtifactSource source, JsonNode manifest, String name) {
    JsonNode entry = manifest.path("files").path(name);
    if (!entry.isObject()) {
      throw new ModelFormatException(source.describe(MANIFEST), "does not list " + name);
    }
    byte[] bytes = source.read(name);
    long expected = entry.path("bytes").asLong(-1);
    if (bytes.length != expected) {
      throw new ModelFormatException(
          source.describe(name),
          "has " + bytes.length + " bytes, the manifest says " + expected + " (truncated?)");
    }
    if (!Sha256.hex(bytes).equals(entry.path("sha256").asText())) {
      throw new ModelFormatException(
          source.describe(name), "SHA-256 does not match the manifest (altered or corrupt)");
    }
    return bytes;
  }

  private static LexicalCategorizer readCategorizer(
      ArtifactSource source, String name, byte[] bytes) {
    LexicalCategorizer categorizer;
    try {
      categorizer = LexicalCategorizer.read(bytes);
    } catch (IOException e) {
      throw new ModelFormatException(
          source.describe(name), "is not an OpenNLP categorizer: " + rootMessage(e), e);
    }
    try {
      if (name.equals(LEXICAL_RESPONDER)) {
        LexicalModel.checkResponder(categorizer);
      } else {
        LexicalModel.checkBillable(categorizer);
      }
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source.describe(name), e.getMessage(), e);
    }
    return categorizer;
  }

  private static double readLexicalWeight(ArtifactSource source, byte[] bytes) {
    JsonNode weight = parse(source, CONFIG, bytes).path("lexical_weight");
    if (weight.isMissingNode()) {
      return 0.0;
    }
    if (!weight.isNumber() || !(weight.asDouble() >= 0 && weight.asDouble() <= 1)) {
      throw new ModelFormatException(
          source.describe(CONFIG), "lexical_weight must be a number in [0, 1]");
    }
    return weight.asDouble();
  }

  private static String readEngine(ArtifactSource source, byte[] bytes) {
    JsonNode engine = parse(source, CONFIG, bytes).path("engine");
    if (engine.isMissingNode()) {
      return DEFAULT_ENGINE;
    }
    if (!engine.isTextual() || engine.asText().isBlank()) {
      throw new ModelFormatException(
          source.describe(CONFIG), "engine must be a name such as " + DEFAULT_ENGINE);
    }
    return engine.asText();
  }

  private static JsonNode configNode(ModelArtifact artifact) {
    double lexicalWeight = artifact.lexicalWeight();
    ObjectNode node = JSON.createObjectNode();
    node.put("format_version", formatVersion(artifact));
    node.put("engine", artifact.engine());
    node.set("encoder", JSON.valueToTree(artifact.config()));
    ObjectNode text = node.putObject("text");
    text.put("normalization", "NFKC, quotes and dashes folded, whitespace collapsed, lower case");
    text.put("tokenizer", "OpenNLP en-ud-ewt sentences and tokens, then greedy WordPiece");
    text.put("truncation", "TruncationPolicy v1: first-message head, then latest patient, clinic");
    node.put("lexical_weight", lexicalWeight);
    if (artifact.calibration() != null) {
      ObjectNode pool = node.putObject("calibration");
      pool.put("method", Calibration.METHOD);
      pool.put("file", CALIBRATION);
      pool.put("note", "replaces the fixed blend: lexical_weight is kept only as a record");
    } else if (lexicalWeight > 0) {
      ObjectNode blend = node.putObject("blend");
      blend.put("responder", "(1 - lexical_weight) * transformer + lexical_weight * lexical");
      blend.put("billable", "(1 - lexical_weight) * transformer + lexical_weight * lexical");
      blend.put("urgent", "transformer head and red-flag rules only");
      blend.put("lexical_features", LexicalTraining.FEATURES);
    }
    return node;
  }

  private static EncoderConfig readConfig(ArtifactSource source, byte[] bytes) {
    JsonNode node = parse(source, CONFIG, bytes);
    try {
      return JSON.treeToValue(node.path("encoder"), EncoderConfig.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelFormatException(
          source.describe(CONFIG), "invalid encoder settings: " + rootMessage(e), e);
    }
  }

  private static JsonNode labelsNode() {
    ObjectNode node = JSON.createObjectNode();
    List<String> binary = new ArrayList<>();
    for (Head head : Heads.ALL) {
      switch (head.activation()) {
        case SOFTMAX -> node.set(head.name(), JSON.valueToTree(head.classes()));
        case SIGMOID -> binary.add(head.name());
      }
    }
    node.set("binary", JSON.valueToTree(binary));
    return node;
  }

  private static void checkLabels(ArtifactSource source, byte[] bytes) {
    JsonNode node = parse(source, LABELS, bytes);
    if (!node.equals(labelsNode())) {
      throw new ModelFormatException(
          source.describe(LABELS), "label set differs from this version's " + labelsNode());
    }
  }

  private static JsonNode parse(ArtifactSource source, String name, byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new ModelFormatException(source.describe(name), "is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new ModelFormatException(source.describe(name), "is not valid JSON", e);
    }
  }

  private static byte[] json(JsonNode node) throws IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
