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
import se.participation.selection.Examples;
import se.participation.selection.GeneratedPools;
import se.participation.selection.Infeasible;
import se.participation.selection.Lottery;
import se.participation.selection.Selection;
import se.participation.selection.SelectionProblem;
import se.participation.selection.SelectionResult;

/**
 * Fair selection: LEXIMIN and LEGACY on the published instances of Flanigan et al. (2021) and on
 * generated pools of real panels' shapes (reported as generated). Each shot solves from scratch,
 * start-up of the solver's native library excluded (it loads in the warm-up shot). The published
 * runtimes (2.7 s, 1,161.8 s, 4,011.6 s) were measured on another machine with Gurobi: ratios
 * against them compare implementations and machines together. The generated Swedish-panel
 * shapes {@code panel_3000_60} and {@code panel_7000_200} take over a minute a shot: run them
 * with {@code -wi 0 -i 1}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class SelectionBenchmarks {

  /** An instance by name. */
  @State(Scope.Benchmark)
  public static class Instance {
    @Param({"example_small", "example_large", "panel_500_30", "panel_2000_60", "sf_e_shape", "sf_e_skewed"})
    public String instance;

    SelectionProblem problem;

    @Setup
    public void setUp() {
      problem = of(instance);
    }
  }

  /**
   * An instance: the two published ones, or a generated pool of n volunteers, k seats and the
   * given categories; {@code sf_e_shape} has sf_e's n = 1,727, k = 110 and 7 categories, {@code
   * panel_7000_200} a national panel's 7,000 invitations' worth of volunteers in the same shape,
   * {@code sf_e_skewed} sf_e's shape with self-selection as uneven as the real sf_e's (exact
   * quotas, relaxed where they cannot be met).
   */
  static SelectionProblem of(String name) {
    SelectionProblem problem = switch (name) {
      case "example_small" -> Examples.exampleSmall();
      case "example_large" -> Examples.exampleLarge();
      case "panel_500_30" -> GeneratedPools.generate(1, 500, 30, new int[] {2, 4, 5, 3, 3}, 1);
      case "panel_2000_60" -> GeneratedPools.generate(1, 2000, 60, new int[] {2, 5, 6, 3, 4, 2}, 1);
      case "sf_e_shape" -> GeneratedPools.generate(1, 1727, 110, GeneratedPools.SF_E_FEATURES, 1);
      case "sf_e_skewed" -> GeneratedPools.generate(1, 1727, 110, GeneratedPools.SF_E_FEATURES, 0, 2.5);
      case "panel_3000_60" -> GeneratedPools.generate(1, 3000, 60, new int[] {2, 6, 8, 4, 3, 2, 2, 3}, 1);
      case "panel_7000_200" -> GeneratedPools.generate(1, 7000, 200, GeneratedPools.SF_E_FEATURES, 1);
      default -> throw new IllegalArgumentException("no instance " + name);
    };
    SelectionResult explained = Selection.explain(problem).map(SelectionResult.class::cast).orElse(null);
    return explained instanceof Infeasible why ? why.relaxed() : problem;
  }

  /** The LEXIMIN lottery with its certificates. */
  @Benchmark
  public Lottery leximin(Instance instance) {
    return (Lottery) Selection.leximin(instance.problem);
  }

  /** LEGACY's lottery estimated from 10,000 draws. */
  @Benchmark
  public Lottery legacy(Instance instance) {
    return (Lottery) Selection.legacy(instance.problem, 10_000, "benchmark");
  }
}
