package org.oncotriage.datagen.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.datagen.DatagenCli;
import org.oncotriage.json.Json;

class PortalHistoryTest {

  @TempDir Path dir;

  private static int generate(String... args) {
    var cli = DatagenCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void historyKeepsIdsTextsLabelsAndContextOfTheSameSeed() throws Exception {
    Path plain = dir.resolve("plain.jsonl");
    Path stamped = dir.resolve("history.jsonl");
    assertThat(generate("generate", "--count", "300", "--seed", "4", "--out", plain.toString()))
        .isZero();
    assertThat(
            generate(
                "generate",
                "--count",
                "300",
                "--seed",
                "4",
                "--out",
                stamped.toString(),
                "--history",
                "--practices",
                "3",
                "--providers-per-practice",
                "4",
                "--year",
                "2025"))
        .isZero();
    List<Conversation> a = ConversationReader.readAll(plain);
    List<Conversation> b = ConversationReader.readAll(stamped);
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).id()).isEqualTo(a.get(i).id());
      assertThat(b.get(i).labels()).isEqualTo(a.get(i).labels());
      assertThat(b.get(i).context()).isEqualTo(a.get(i).context());
      assertThat(b.get(i).messages().stream().map(Message::text).toList())
          .isEqualTo(a.get(i).messages().stream().map(Message::text).toList());
      assertThat(b.get(i).messages().stream().map(Message::from).toList())
          .isEqualTo(a.get(i).messages().stream().map(Message::from).toList());
    }
  }

  @Test
  void everyLineNamesPracticeProviderAndAStartInTheYearOnWhichTheFirstMessageIsSent()
      throws Exception {
    Path file = dir.resolve("h.jsonl");
    generate(
        "generate",
        "--count",
        "400",
        "--seed",
        "9",
        "--out",
        file.toString(),
        "--history",
        "--practices",
        "3",
        "--providers-per-practice",
        "2",
        "--year",
        "2024");
    Set<String> practices = new HashSet<>();
    Set<String> providers = new HashSet<>();
    Set<Integer> months = new HashSet<>();
    int weekend = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode node = Json.mapper().readTree(line);
      String practice = node.get("practice_id").asText();
      String provider = node.get("provider_id").asText();
      Instant sentAt = Instant.parse(node.get("sent_at").asText());
      assertThat(provider).startsWith(practice + "-provider-");
      assertThat(node.at("/messages/0/sent_at").asText()).isEqualTo(sentAt.toString());
      var day = sentAt.atZone(ZoneOffset.UTC);
      assertThat(day.getYear()).isEqualTo(2024);
      assertThat(day.getHour()).isBetween(7, 18);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        weekend++;
      }
      practices.add(practice);
      providers.add(provider);
      months.add(day.getMonthValue());
    }
    assertThat(practices).containsExactlyInAnyOrder("practice-01", "practice-02", "practice-03");
    assertThat(providers).hasSize(6);
    assertThat(months).hasSize(12);
    // weekdays 5 x 1.0 against weekends 2 x 0.3: about 11% of starts fall on a weekend
    assertThat(weekend).isBetween(15, 80);
  }

  @Test
  void aStampIsAPureFunctionOfSeedAndNumber() {
    PortalHistory h = new PortalHistory(5, 4, 3, 2025);
    assertThat(h.stamp(17)).isEqualTo(new PortalHistory(5, 4, 3, 2025).stamp(17));
    assertThat(h.stamp(17)).isNotEqualTo(h.stamp(18));
  }

  @Test
  void aHistoryWithNoPracticeIsRefusedWithOneLine() {
    var cli = DatagenCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    int code =
        cli.execute(
            "generate",
            "--count",
            "5",
            "--out",
            dir.resolve("x.jsonl").toString(),
            "--history",
            "--practices",
            "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1).first().asString().contains("practices");
  }
}
