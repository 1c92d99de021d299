package org.oncotriage.redflag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The maintained list of anticancer treatments the rules know by name: chemotherapy, immunotherapy,
 * targeted therapy and hormonal therapy drugs (generic and brand names) and common regimens, one a
 * line in {@code anticancer-drugs.tsv} beside the rules ({@code name<TAB>class <TAB>note}). Rule
 * files use them as the term {@code {{ANTICANCER_DRUG}}}, e.g. as chemotherapy timing for a fever
 * or as the infusion before hives.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnticancerDrugs {

  /** The name of the term that rule files use for the list. */
  public static final String TERM = "ANTICANCER_DRUG";

  /** The classpath resource of the shipped list. */
  public static final String RESOURCE = "/org/oncotriage/redflag/anticancer-drugs.tsv";

  /** The classes a name may have. */
  public static final Set<String> CLASSES =
      Set.of("chemotherapy", "immunotherapy", "targeted", "hormonal", "regimen", "other");

  private static final class Standard {
    static final AnticancerDrugs LIST = load();

    private static AnticancerDrugs load() {
      try (InputStream in = AnticancerDrugs.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new RedFlagRulesException(RESOURCE + " is not on the classpath");
        }
        return read(in, RESOURCE);
      } catch (IOException e) {
        throw new RedFlagRulesException("cannot read " + RESOURCE, e);
      }
    }
  }

  private final Map<String, String> classByName;

  private AnticancerDrugs(Map<String, String> classByName) {
    this.classByName = Map.copyOf(classByName);
  }

  /** The shipped list, loaded once. */
  public static AnticancerDrugs standard() {
    return Standard.LIST;
  }

  /**
   * Reads a list: one {@code name<TAB>class[<TAB>note]} a line; blank lines and lines starting with
   * {@code #} are skipped.
   *
   * @throws RedFlagRulesException naming the line when a class is unknown or a name repeats
   */
  public static AnticancerDrugs read(InputStream in, String source) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      String name = fields[0].strip().toLowerCase(Locale.ROOT);
      String kind = fields.length > 1 ? fields[1].strip() : "";
      if (name.isEmpty() || !CLASSES.contains(kind)) {
        throw new RedFlagRulesException(
            source + ":" + number + ": expected a name and one of " + CLASSES);
      }
      if (out.put(name, kind) != null) {
        throw new RedFlagRulesException(source + ":" + number + ": '" + name + "' listed twice");
      }
    }
    return new AnticancerDrugs(out);
  }

  /** How many names the list holds. */
  public int size() {
    return classByName.size();
  }

  /** The class of {@code name} ("chemotherapy", "immunotherapy", ...), or {@code null}. */
  public String classOf(String name) {
    return classByName.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
  }

  /**
   * The names as rule phrases: regular-expression characters escaped, and a hyphen or space inside
   * a name matching a hyphen, white space or nothing ("5-fu", "5 fu", "5fu").
   */
  List<String> phrases() {
    List<String> out = new ArrayList<>(classByName.size());
    for (String name : classByName.keySet()) {
      StringBuilder phrase = new StringBuilder();
      for (char c : name.toCharArray()) {
        if (c == '-' || c == ' ') {
          phrase.append("[-\\s]?");
        } else if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
          phrase.append('\\').append(c);
        } else {
          phrase.append(c);
        }
      }
      out.add(phrase.toString());
    }
    return out;
  }
}
