package org.oncotriage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code oncotriage-spark.jar} as a user runs it ({@code java -jar ... score}, local
 * mode, nothing but the jar's manifest class path): the unit tests run on Maven's class path, which
 * a jar whose manifest misses a runtime dependency would still pass. Run by failsafe after {@code
 * package}.
 */
class PackagedJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String INPUT =
      String.join(
          "\n",
          "{\"id\":\"en-fever\",\"messages\":[{\"from\":\"patient\",\"text\":\"I had chemo on"
              + " Monday and now my temperature is 101.6 F with chills.\"}],"
              + "\"context\":{\"on_active_treatment\":true}}",
          "{\"id\":\"es-fever\",\"messages\":[{\"from\":\"patient\",\"text\":\"Tuve quimioterapia"
              + " hace una semana y ahora tengo fiebre de 39 grados y escalofríos.\"}]}",
          "{\"id\":\"en-refill\",\"messages\":[{\"from\":\"patient\",\"text\":\"Could you send a"
              + " refill of my blood pressure pills to the pharmacy on Main Street?\"}]}",
          "");

  @Test
  void theJarScoresJsonLinesInLocalModeOnItsOwnClassPath(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("in.jsonl"), INPUT, StandardCharsets.UTF_8);
    Path output = dir.resolve("out");
    Path log = dir.resolve("score.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("oncotriage.spark.jar"),
                "score",
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--format",
                "jsonl",
                "--master",
                "local[1]")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("score finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("exit status; its output is in %s", log).isZero();

    Map<String, JsonNode> results = new HashMap<>();
    for (JsonNode line : lines(output)) {
      results.put(line.get("id").asText(), line);
    }
    assertThat(results).containsOnlyKeys("en-fever", "es-fever", "en-refill");
    assertThat(results.get("en-fever").at("/urgent/flag").asBoolean()).isTrue();
    assertThat(results.get("en-fever").get("route").asText()).isEqualTo("oncologist");
    // Language identification (Lingua, which needs Kotlin's runtime) ran in the job.
    assertThat(results.get("es-fever").at("/language/detected").asText()).isEqualTo("es");
    assertThat(results.get("es-fever").at("/urgent/flag").asBoolean()).isTrue();
    assertThat(results.get("en-refill").at("/urgent/flag").asBoolean()).isFalse();
  }

  private static List<JsonNode> lines(Path output) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            lines.add(JSON.readTree(line));
          }
        }
      }
    }
    return lines;
  }
}
