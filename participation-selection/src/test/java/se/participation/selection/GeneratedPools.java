// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated pools of the shapes real panels have, for tests and benchmarks; reported as
 * generated, never as real data. Population shares per category are skewed (a few large
 * features, a tail of small ones); volunteers self-select, so their features are drawn from the
 * shares tilted by one hidden "propensity to volunteer" that several categories share (which
 * correlates the categories, as age and education do); quotas are the population share of the
 * panel, rounded down and up, widened by {@code slack} seats, and a minimum never asks for more
 * volunteers than the pool has.
 */
public final class GeneratedPools {
  private GeneratedPools() {}

  /** The shape of the instance "sf_e" of Flanigan et al.: 7 categories, n = 1,727, k = 110. */
  public static final int[] SF_E_FEATURES = {3, 4, 12, 3, 5, 2, 2};

  /**
   * A generated problem.
   *
   * @param seed the generator's seed
   * @param poolSize n
   * @param panelSize k
   * @param featuresPerCategory how many features each category has
   * @param slack seats added on each side of the proportional quota
   */
  public static SelectionProblem generate(long seed, int poolSize, int panelSize, int[] featuresPerCategory,
      int slack) {
    return generate(seed, poolSize, panelSize, featuresPerCategory, slack, 0.9);
  }

  /**
   * A generated problem whose self-selection is as strong as {@code tilt} says: each feature's
   * share is tilted by {@code exp(tilt · g · z)} for a volunteer's propensity {@code z} and a
   * standard normal {@code g} per feature. 0.9 is the default; 2.5 gives pools as uneven as the
   * real sf_e's (LEXIMIN's Gini about 50 %).
   *
   * @param seed the generator's seed
   * @param poolSize n
   * @param panelSize k
   * @param featuresPerCategory how many features each category has
   * @param slack seats added on each side of the proportional quota
   * @param tilt how strongly volunteering depends on the features
   */
  public static SelectionProblem generate(long seed, int poolSize, int panelSize, int[] featuresPerCategory,
      int slack, double tilt) {
    SplittableRandom random = new SplittableRandom(seed);
    int categories = featuresPerCategory.length;
    double[][] share = new double[categories][];
    double[][] tilts = new double[categories][];
    for (int c = 0; c < categories; c++) {
      int f = featuresPerCategory[c];
      share[c] = new double[f];
      tilts[c] = new double[f];
      double total = 0;
      for (int i = 0; i < f; i++) {
        share[c][i] = Math.pow(0.55 + 0.4 * random.nextDouble(), i) * (0.5 + random.nextDouble());
        total += share[c][i];
        tilts[c][i] = tilt * gaussian(random);
      }
      for (int i = 0; i < f; i++) {
        share[c][i] /= total;
      }
    }
    List<Volunteer> pool = new ArrayList<>(poolSize);
    int[][] have = new int[categories][];
    for (int c = 0; c < categories; c++) {
      have[c] = new int[featuresPerCategory[c]];
    }
    for (int v = 0; v < poolSize; v++) {
      double z = gaussian(random);
      Map<String, String> features = new LinkedHashMap<>();
      for (int c = 0; c < categories; c++) {
        int f = featuresPerCategory[c];
        double[] weight = new double[f];
        double total = 0;
        for (int i = 0; i < f; i++) {
          weight[i] = share[c][i] * Math.exp(tilts[c][i] * z);
          total += weight[i];
        }
        double u = random.nextDouble() * total;
        int chosen = f - 1;
        for (int i = 0; i < f; i++) {
          u -= weight[i];
          if (u < 0) {
            chosen = i;
            break;
          }
        }
        have[c][chosen]++;
        features.put("c" + c, "c" + c + "f" + chosen);
      }
      pool.add(new Volunteer("p" + v, features));
    }
    List<Quota> quotas = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      for (int i = 0; i < featuresPerCategory[c]; i++) {
        double seats = share[c][i] * panelSize;
        int min = Math.min(have[c][i], Math.max(0, (int) Math.floor(seats) - slack));
        int max = Math.max(min, Math.min(panelSize, (int) Math.ceil(seats) + slack));
        quotas.add(new Quota("c" + c, "c" + c + "f" + i, min, max));
      }
    }
    return SelectionProblem.of(quotas, pool, panelSize);
  }

  private static double gaussian(SplittableRandom random) {
    double u = Math.max(1e-12, random.nextDouble());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
