package org.oncotriage.spark.projection;

import java.util.List;
import java.util.Locale;

/** Inline SVG bar charts for the projection page: no scripts, fonts or files. Stateless. */
final class Svg {

  static final String[] COLOURS = {"#b2182b", "#2166ac", "#4dac26", "#999999"};

  private Svg() {}

  /**
   * Grouped vertical bars.
   *
   * @param categories one group of bars each
   * @param series the bars' names, one colour each
   * @param values values[category][series]; null draws no bar
   * @param format how a value is written above its bar
   */
  static String groupedBars(
      String title,
      List<String> categories,
      List<String> series,
      Double[][] values,
      String format) {
    double max = 0;
    for (Double[] row : values) {
      for (Double v : row) {
        max = v == null ? max : Math.max(max, v);
      }
    }
    max = max <= 0 ? 1 : max * 1.15;
    int bar = 22;
    int groupWidth = series.size() * bar + 24;
    int left = 40;
    int top = 40;
    int height = 200;
    int width = left + categories.size() * groupWidth + 20;
    StringBuilder s = open(Math.max(width, 360), top + height + 60, title);
    s.append(line(left, top + height, width - 10, top + height));
    for (int c = 0; c < categories.size(); c++) {
      int x0 = left + c * groupWidth + 12;
      for (int k = 0; k < series.size(); k++) {
        Double v = values[c][k];
        if (v == null) {
          continue;
        }
        double h = v / max * height;
        int x = x0 + k * bar;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                top + height - h,
                bar - 3,
                h,
                COLOURS[k % COLOURS.length]));
        s.append(
            text(
                x + (bar - 3) / 2.0,
                top + height - h - 3,
                String.format(Locale.ROOT, format, v),
                9));
      }
      s.append(text(x0 + series.size() * bar / 2.0, top + height + 14, categories.get(c), 10));
    }
    legend(s, series, left, top + height + 34);
    return s.append("</svg>").toString();
  }

  /** Horizontal bars of shares that add up to 1, one row per category. */
  static String stackedShares(
      String title, List<String> categories, List<String> series, double[][] shares) {
    int left = 150;
    int width = 420;
    int row = 24;
    int top = 36;
    StringBuilder s = open(left + width + 30, top + categories.size() * row + 50, title);
    for (int c = 0; c < categories.size(); c++) {
      double x = left;
      int y = top + c * row;
      s.append(text(left - 6, y + 15, categories.get(c), 10).replace("middle", "end"));
      for (int k = 0; k < series.size(); k++) {
        double w = shares[c][k] * width;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                x,
                y,
                w,
                row - 6,
                COLOURS[k % COLOURS.length]));
        if (w > 28) {
          s.append(
              text(x + w / 2, y + 13, String.format(Locale.ROOT, "%.0f%%", shares[c][k] * 100), 9)
                  .replace("<text", "<text fill=\"#fff\""));
        }
        x += w;
      }
    }
    legend(s, series, left, top + categories.size() * row + 20);
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String title) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"%s\" font-family=\"sans-serif\">",
            width,
            height,
            Html.escape(title)));
    s.append(text(width / 2.0, 18, title, 13).replace("<text", "<text font-weight=\"bold\""));
    return s;
  }

  private static void legend(StringBuilder s, List<String> series, int x, int y) {
    int offset = 0;
    for (int k = 0; k < series.size(); k++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
              x + offset,
              y - 9,
              COLOURS[k % COLOURS.length]));
      s.append(text(x + offset + 14, y, series.get(k), 10).replace("middle", "start"));
      offset += 24 + series.get(k).length() * 6;
    }
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
        x1,
        y1,
        x2,
        y2);
  }

  private static String text(double x, double y, String content, int size) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\">%s</text>",
        x,
        y,
        size,
        Html.escape(content));
  }
}
