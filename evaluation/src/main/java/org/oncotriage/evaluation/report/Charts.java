package org.oncotriage.evaluation.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.oncotriage.evaluation.ResponderReport;
import org.oncotriage.metrics.BinaryMetrics.CurvePoint;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.metrics.ConfusionMatrix;

/**
 * The report's pictures, drawn by XChart without a display ({@code java.awt.headless=true}) into
 * PNG bytes. Thread-safe (no state); each call draws a fresh chart.
 */
final class Charts {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** One color per evaluated model, in report order (model, then baseline). */
  private static final Color[] MODEL_COLORS = {
    new Color(0x2171B5), new Color(0xE6550D), new Color(0x31A354), new Color(0x756BB1)
  };

  private static final int WIDTH = 520;
  private static final int HEIGHT = 420;

  private Charts() {}

  /** Heat map of a confusion matrix: x the prediction, y the truth, each cell its count. */
  public static byte[] confusionHeatMap(ResponderReport report, String title) {
    ConfusionMatrix m = report.confusion();
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("predicted " + report.target())
            .yAxisTitle("labeled responder (truth)")
            .build();
    chart.getStyler().setShowValue(true);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x2171B5)});
    chart.getStyler().setHeatMapValueDecimalPattern("#0");
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    // XChart draws y index 0 at the bottom; put the first truth class on top, as in the table.
    int last = m.size() - 1;
    List<String> rowsTopDown = new ArrayList<>(m.labels());
    java.util.Collections.reverse(rowsTopDown);
    List<Number[]> cells = new ArrayList<>();
    for (int t = 0; t < m.size(); t++) {
      for (int p = 0; p < m.size(); p++) {
        cells.add(new Number[] {p, last - t, m.count(t, p)});
      }
    }
    chart.addSeries("counts", m.labels(), rowsTopDown, cells);
    return png(chart);
  }

  /** Reliability diagram: mean predicted probability against observed rate, per non-empty bin. */
  public static byte[] reliability(Map<String, List<ReliabilityBin>> series, String title) {
    XYChart chart = unitChart(title, "mean predicted probability", "observed rate");
    int[] index = {0};
    chart
        .addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1})
        .setMarker(SeriesMarkers.NONE)
        .setLineColor(Color.GRAY);
    series.forEach(
        (name, bins) -> {
          List<Double> x = new ArrayList<>();
          List<Double> y = new ArrayList<>();
          for (ReliabilityBin bin : bins) {
            if (bin.count() > 0) {
              x.add(bin.meanScore());
              y.add(bin.positiveRate());
            }
          }
          Color color = MODEL_COLORS[index[0]++ % MODEL_COLORS.length];
          if (!x.isEmpty()) {
            chart
                .addSeries(name, x, y)
                .setMarker(SeriesMarkers.CIRCLE)
                .setMarkerColor(color)
                .setLineColor(color);
          }
        });
    return png(chart);
  }

  /** Curves over the unit square, e.g. ROC (FPR, TPR) or precision-recall (recall, precision). */
  public static byte[] curves(
      Map<String, List<CurvePoint>> series,
      String title,
      String xTitle,
      String yTitle,
      boolean diagonal) {
    XYChart chart = unitChart(title, xTitle, yTitle);
    int[] index = {0};
    if (diagonal) {
      chart
          .addSeries("chance", new double[] {0, 1}, new double[] {0, 1})
          .setMarker(SeriesMarkers.NONE)
          .setLineColor(Color.GRAY);
    }
    series.forEach(
        (name, points) -> {
          Color color = MODEL_COLORS[index[0]++ % MODEL_COLORS.length];
          if (!points.isEmpty()) {
            chart
                .addSeries(
                    name,
                    points.stream().map(CurvePoint::x).toList(),
                    points.stream().map(CurvePoint::y).toList())
                .setMarker(SeriesMarkers.NONE)
                .setLineColor(color);
          }
        });
    return png(chart);
  }

  private static XYChart unitChart(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setLegendPosition(LegendPosition.InsideSE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    return chart;
  }

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart " + chart.getTitle(), e);
    }
  }
}
