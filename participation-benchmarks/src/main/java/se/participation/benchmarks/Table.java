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
 * measured iterations with its median absolute deviation, JMH's mean ± 99.9 % interval, and the
 * bytes allocated per operation.
 *
 * <p>Usage: {@code java -cp benchmarks.jar se.participation.benchmarks.Table results.json}
 */
public final class Table {
  private Table() {}

  /** Prints the table. */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    System.out.println("| benchmark | parameters | median ± MAD | mean ± 99.9 % | unit | bytes/op |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
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
      System.out.printf(Locale.ROOT, "| %s | %s | %.4g ± %.2g | %.4g ± %.2g | %s | %s |%n",
          result.get("benchmark").asText().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"), params,
          median, median(deviations), primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          primary.get("scoreUnit").asText(),
          alloc.isMissingNode() ? "" : String.format(Locale.ROOT, "%,.0f", alloc.get("score").asDouble()));
    }
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
