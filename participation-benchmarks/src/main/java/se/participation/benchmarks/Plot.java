// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws cost against record size from a JMH JSON result, on log-log axes, as SVG, and prints the
 * slope between successive sizes: a slope near 1 is linear growth, near 2 quadratic.
 *
 * <p>Usage: {@code java -cp benchmarks.jar se.participation.benchmarks.Plot results.json plot.svg}
 */
public final class Plot {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"};

  private Plot() {}

  /** Reads the results and writes the plot. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Plot results.json plot.svg");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, TreeMap<Double, Double>> series = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asText();
      String name = benchmark.replaceAll(".*\\.", "");
      JsonNode params = result.get("params");
      boolean document = benchmark.contains("DocumentBenchmarks.judge");
      if (params == null || !(name.equals("allRules") || name.equals("evaluation") || name.equals("replay")
          || name.equals("ordinaryCommand") || name.equals("move") || document)) {
        continue;
      }
      double size = params.has("participants") ? params.get("participants").asDouble() : params.get("events").asDouble();
      if (size == 0) {
        continue;
      }
      double score = result.get("primaryMetric").get("score").asDouble();
      String unit = result.get("primaryMetric").get("scoreUnit").asText();
      double millis = unit.startsWith("us") ? score / 1000 : unit.startsWith("ns") ? score / 1e6 : score;
      String label = document ? "judging a document (x = participants)"
          : name + (params.has("events") ? " (x = events)" : " (x = participants; proposals = 10x)");
      series.computeIfAbsent(label, k -> new TreeMap<>()).put(size, millis);
    }
    for (Map.Entry<String, TreeMap<Double, Double>> entry : series.entrySet()) {
      List<Map.Entry<Double, Double>> points = new ArrayList<>(entry.getValue().entrySet());
      StringBuilder slopes = new StringBuilder();
      for (int i = 1; i < points.size(); i++) {
        double slope = Math.log(points.get(i).getValue() / points.get(i - 1).getValue())
            / Math.log(points.get(i).getKey() / points.get(i - 1).getKey());
        slopes.append(String.format(Locale.ROOT, " %.2f", slope));
      }
      System.out.println(entry.getKey() + ": slopes" + slopes);
    }
    Files.writeString(Path.of(args[1]), svg(series), StandardCharsets.UTF_8);
  }

  private static String svg(Map<String, TreeMap<Double, Double>> series) {
    double minX = 1e9, maxX = 0, minY = 1e9, maxY = 0;
    for (TreeMap<Double, Double> points : series.values()) {
      for (Map.Entry<Double, Double> p : points.entrySet()) {
        minX = Math.min(minX, p.getKey());
        maxX = Math.max(maxX, p.getKey());
        minY = Math.min(minY, p.getValue());
        maxY = Math.max(maxY, p.getValue());
      }
    }
    double lx0 = Math.floor(Math.log10(minX)), lx1 = Math.ceil(Math.log10(maxX));
    double ly0 = Math.floor(Math.log10(minY)), ly1 = Math.ceil(Math.log10(maxY));
    int w = 760, h = 480, left = 80, right = 260, top = 40, bottom = 60;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out.append("<text x=\"80\" y=\"24\" font-size=\"14\">Cost against record size (log-log; a slope of 1 is linear)</text>\n");
    double pw = w - left - right, ph = h - top - bottom;
    for (double lx = lx0; lx <= lx1; lx++) {
      double x = left + (lx - lx0) / (lx1 - lx0) * pw;
      out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x, top, x, top + ph));
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", x, top + ph + 18, fmt(Math.pow(10, lx))));
    }
    for (double ly = ly0; ly <= ly1; ly++) {
      double y = top + ph - (ly - ly0) / (ly1 - ly0) * ph;
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y, left + pw, y));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", left - 6, y + 4, fmt(Math.pow(10, ly))));
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">record size</text>%n", left + pw / 2, h - 16));
    int i = 0;
    for (Map.Entry<String, TreeMap<Double, Double>> entry : series.entrySet()) {
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder path = new StringBuilder();
      for (Map.Entry<Double, Double> p : entry.getValue().entrySet()) {
        double x = left + (Math.log10(p.getKey()) - lx0) / (lx1 - lx0) * pw;
        double y = top + ph - (Math.log10(p.getValue()) - ly0) / (ly1 - ly0) * ph;
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
      }
      out.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, colour));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", w - right + 10, top + 16 + 18 * i, colour, entry.getKey()));
      i++;
    }
    return out.append("</svg>\n").toString();
  }

  private static String fmt(double value) {
    return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value);
  }
}
