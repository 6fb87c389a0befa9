// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import se.participation.selection.Composition;
import se.participation.selection.Lottery;
import se.participation.selection.Method;
import se.participation.selection.SelectionProblem;

/**
 * The greedy method used in practice before LEXIMIN, as the comparison: seat by seat, find the
 * feature whose quota is most urgent, {@code (min − seated) / volunteers left with it}, highest
 * first (the first such feature in quota order on a tie), and seat a volunteer with that feature
 * uniformly at random; when a feature reaches its max, everyone left with it leaves the pool. A
 * draw that cannot meet a min is started again. Its probabilities are estimated as the share of
 * draws that seat each volunteer, so they carry sampling error (about {@code √(p(1−p)/runs)}).
 */
public final class Legacy {
  private final Instance instance;
  private final SplittableRandom random;
  /** Per volunteer (pool order): profile and quota per category. */
  private final int[] profileOf;
  private final int[][] quotasOf;
  int failures;

  private Legacy(SelectionProblem problem, long seed) {
    this.instance = new Instance(problem);
    this.random = new SplittableRandom(seed);
    int n = problem.volunteers().size();
    this.profileOf = new int[n];
    this.quotasOf = new int[n][];
    for (int v = 0; v < n; v++) {
      int profile = problem.profileOf(problem.volunteers().get(v).id()).index();
      profileOf[v] = profile;
      quotasOf[v] = instance.quotaOf[profile];
    }
  }

  /**
   * Estimates LEGACY's lottery from {@code runs} draws.
   *
   * @param problem the problem
   * @param runs the number of draws, at least 1
   * @param seed the seed of the draws (SHA-256 of it seeds a {@link SplittableRandom})
   * @param maxAttemptsPerDraw how often one draw may start again before the method is said to fail
   * @throws IllegalStateException when a draw fails {@code maxAttemptsPerDraw} times in a row
   */
  public static Lottery estimate(SelectionProblem problem, int runs, String seed, int maxAttemptsPerDraw) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs (" + runs + ") must be at least 1");
    }
    long start = System.nanoTime();
    Legacy legacy = new Legacy(problem, AuditRandom.seedOf(seed));
    Map<List<Integer>, Integer> counts = new HashMap<>();
    for (int r = 0; r < runs; r++) {
      int @Nullable [] seats = null;
      for (int attempt = 0; attempt < maxAttemptsPerDraw && seats == null; attempt++) {
        seats = legacy.drawShape();
      }
      if (seats == null) {
        throw new IllegalStateException("LEGACY failed " + maxAttemptsPerDraw + " times in a row to meet the quotas");
      }
      List<Integer> key = new ArrayList<>(seats.length);
      for (int s : seats) {
        key.add(s);
      }
      counts.merge(key, 1, Integer::sum);
    }
    List<Composition> compositions = new ArrayList<>(counts.size());
    for (Map.Entry<List<Integer>, Integer> entry : counts.entrySet()) {
      int[] seats = entry.getKey().stream().mapToInt(Integer::intValue).toArray();
      compositions.add(new Composition((double) entry.getValue() / runs, seats));
    }
    compositions.sort(Comparator.comparingDouble(Composition::probability).reversed()
        .thenComparing(Composition::seats, Arrays::compare));
    return new Lottery(problem, Method.LEGACY, compositions, List.of(),
        new Lottery.Work("none", runs + legacy.failures, 0, 0, Duration.ofNanos(System.nanoTime() - start)));
  }

  /** One greedy draw as seats per profile, or null when it could not meet a min. */
  int @Nullable [] drawShape() {
    int n = profileOf.length;
    int categories = instance.categories;
    // members[q][0..left[q]): volunteers still in the pool with quota q's feature;
    // at[v][c]: v's position in the list of its quota in category c
    int[][] members = new int[instance.quotas][];
    int[] left = new int[instance.quotas];
    for (int v = 0; v < n; v++) {
      for (int q : quotasOf[v]) {
        left[q]++;
      }
    }
    for (int q = 0; q < instance.quotas; q++) {
      members[q] = new int[left[q]];
      left[q] = 0;
    }
    int[][] at = new int[n][categories];
    for (int v = 0; v < n; v++) {
      for (int c = 0; c < categories; c++) {
        int q = quotasOf[v][c];
        at[v][c] = left[q];
        members[q][left[q]++] = v;
      }
    }
    int[] seated = new int[instance.quotas];
    int[] seats = new int[instance.profiles];
    for (int q = 0; q < instance.quotas; q++) {
      if (instance.max[q] == 0) {
        // a feature no seat may have: its volunteers leave before the first seat
        while (left[q] > 0) {
          remove(members[q][left[q] - 1], members, left, at);
        }
      }
    }
    for (int seat = 0; seat < instance.panelSize; seat++) {
      int urgent = -1;
      double ratio = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < instance.quotas; q++) {
        if (seated[q] < instance.min[q] && left[q] < instance.min[q] - seated[q]) {
          failures++;
          return null;
        }
        if (left[q] > 0) {
          double r = (double) (instance.min[q] - seated[q]) / left[q];
          if (r > ratio) {
            ratio = r;
            urgent = q;
          }
        }
      }
      if (urgent < 0) {
        failures++;
        return null;
      }
      int chosen = members[urgent][random.nextInt(left[urgent])];
      remove(chosen, members, left, at);
      seats[profileOf[chosen]]++;
      for (int q : quotasOf[chosen]) {
        seated[q]++;
        if (seated[q] == instance.max[q]) {
          while (left[q] > 0) {
            remove(members[q][left[q] - 1], members, left, at);
          }
        }
      }
    }
    for (int q = 0; q < instance.quotas; q++) {
      if (seated[q] < instance.min[q]) {
        failures++;
        return null;
      }
    }
    return seats;
  }

  /** Takes a volunteer out of the pool: out of the list of each of its features. */
  private void remove(int volunteer, int[][] members, int[] left, int[][] at) {
    for (int c = 0; c < instance.categories; c++) {
      int q = quotasOf[volunteer][c];
      int i = at[volunteer][c];
      int last = members[q][--left[q]];
      members[q][i] = last;
      at[last][c] = i;
      members[q][left[q]] = volunteer;
      at[volunteer][c] = left[q];
    }
  }
}
