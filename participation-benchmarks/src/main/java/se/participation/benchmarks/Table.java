// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints a JMH JSON result as a Markdown table: per benchmark and parameters, the median of the
 * measured iterations with its median absolute deviation, JMH's mean ± 99.9 % interval, the bytes
 * allocated per operation, and the median as a ratio to one step of the floor and of each peer
 * (a peer's step is its pilot sequence divided by the sequence's twenty steps).
 *
 * <p>Usage: {@code java -cp benchmarks.jar se.participation.benchmarks.Table results.json}
 */
public final class Table {
  private Table() {}

  /** Prints the table. */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    java.util.Map<String, Double> stepNanos = new java.util.LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
      if (result.get("benchmark").asText().contains("PeerBenchmarks") && !name.equals("participation")) {
        stepNanos.put(name, nanos(result) / PilotSequence.TRIGGERS.size());
      }
    }
    StringBuilder header = new StringBuilder("| benchmark | parameters | median ± MAD | mean ± 99.9 % | unit | bytes/op |");
    StringBuilder rule = new StringBuilder("| --- | --- | --- | --- | --- | --- |");
    for (String peer : stepNanos.keySet()) {
      header.append(" × ").append(peer).append(" step |");
      rule.append(" --- |");
    }
    System.out.println(header);
    System.out.println(rule);
    for (JsonNode result : results) {
      JsonNode primary = result.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      primary.get("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
      Collections.sort(raw);
      double median = median(raw);
      List<Double> deviations = new ArrayList<>();
      raw.forEach(v -> deviations.add(Math.abs(v - median)));
      Collections.sort(deviations);
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      String params = result.has("params") ? result.get("params").toString().replaceAll("[{}\"]", "") : "";
      StringBuilder ratios = new StringBuilder();
      for (double step : stepNanos.values()) {
        ratios.append(String.format(Locale.ROOT, " %.3g |", nanos(result) / step));
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %.4g ± %.2g | %.4g ± %.2g | %s | %s |%s%n",
          result.get("benchmark").asText().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"), params,
          median, median(deviations), primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          primary.get("scoreUnit").asText(),
          alloc.isMissingNode() ? "" : String.format(Locale.ROOT, "%,.0f", alloc.get("score").asDouble()), ratios);
    }
  }

  /** The median of a result's measured iterations, in nanoseconds. */
  private static double nanos(JsonNode result) {
    JsonNode primary = result.get("primaryMetric");
    List<Double> raw = new ArrayList<>();
    primary.get("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
    Collections.sort(raw);
    String unit = primary.get("scoreUnit").asText();
    double factor = unit.startsWith("ms") ? 1e6 : unit.startsWith("us") ? 1e3 : unit.startsWith("s/") ? 1e9 : 1;
    return median(raw) * factor;
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
