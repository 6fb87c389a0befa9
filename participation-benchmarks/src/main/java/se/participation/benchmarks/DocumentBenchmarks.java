// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.participation.core.ProcessEngine;
import se.participation.json.Judgement;
import se.participation.json.ProcessDocument;
import se.participation.json.ProcessDocuments;

/**
 * Reading and judging a process document of growing size (the pilot grown by n participants,
 * {@link LargeDocuments}): what {@code participation check} does after start-up, warm.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentBenchmarks {

  /** A document of the pilot and n more participants, as text. */
  @State(Scope.Benchmark)
  public static class Document {
    @Param({"0", "1000", "20000", "100000"})
    public int participants;

    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    String text = "";

    @Setup
    public void setUp() {
      text = LargeDocuments.pilotWith(participants);
      System.gc();
    }
  }

  /** Parsing the YAML into a document. */
  @Benchmark
  public ProcessDocument read(Document d) {
    return ProcessDocuments.read(d.text, "grown.yaml");
  }

  /** Parsing, running every step through the engine and judging every part reached. */
  @Benchmark
  public Judgement judge(Document d) {
    return Judgement.of(ProcessDocuments.read(d.text, "grown.yaml"), d.engine);
  }
}
