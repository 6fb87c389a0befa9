// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.participation.testkit.property.Gen;

/**
 * Generators of problems small enough for {@link BruteForce}: one to three categories of two or
 * three features, three to nine volunteers, panels of one to four seats.
 */
final class SmallProblems {
  private SmallProblems() {}

  /**
   * Problems whose quotas some panel meets: a witness panel is drawn first and every quota is
   * drawn around the witness's count, so the witness always meets it.
   */
  static Gen<SelectionProblem> feasible() {
    return source -> {
      Pool pool = pool().generate(source);
      int k = Gen.integers(1, Math.min(4, pool.volunteers.size())).generate(source);
      List<Integer> order = new ArrayList<>();
      for (int v = 0; v < pool.volunteers.size(); v++) {
        order.add(v);
      }
      List<Volunteer> witness = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        witness.add(pool.volunteers.get(order.remove((int) Gen.integers(0, order.size() - 1).generate(source))));
      }
      List<Quota> quotas = new ArrayList<>();
      for (int c = 0; c < pool.features.length; c++) {
        for (int f = 0; f < pool.features[c]; f++) {
          String category = "c" + c;
          String feature = category + "f" + f;
          int count = (int) witness.stream().filter(v -> feature.equals(v.feature(category))).count();
          int min = count - Gen.integers(0, count).generate(source);
          int max = count + Gen.integers(0, k - count).generate(source);
          quotas.add(new Quota(category, feature, min, max));
        }
      }
      return SelectionProblem.of(quotas, pool.volunteers, k);
    };
  }

  /** Problems with quotas drawn freely, which no panel may meet. */
  static Gen<SelectionProblem> any() {
    return source -> {
      Pool pool = pool().generate(source);
      int k = Gen.integers(1, Math.min(4, pool.volunteers.size())).generate(source);
      List<Quota> quotas = new ArrayList<>();
      for (int c = 0; c < pool.features.length; c++) {
        for (int f = 0; f < pool.features[c]; f++) {
          int min = Gen.integers(0, k).generate(source);
          int max = Gen.integers(min, k).generate(source);
          quotas.add(new Quota("c" + c, "c" + c + "f" + f, min, max));
        }
      }
      return SelectionProblem.of(quotas, pool.volunteers, k);
    };
  }

  /** Problems that no panel can meet. */
  static Gen<SelectionProblem> infeasible() {
    return any().filter(problem -> BruteForce.compositions(problem).isEmpty(), 1_000);
  }

  private record Pool(int[] features, List<Volunteer> volunteers) {}

  private static Gen<Pool> pool() {
    return source -> {
      int categories = Gen.integers(1, 3).generate(source);
      int[] features = new int[categories];
      for (int c = 0; c < categories; c++) {
        features[c] = Gen.integers(2, 3).generate(source);
      }
      int size = Gen.integers(3, 9).generate(source);
      List<Volunteer> volunteers = new ArrayList<>();
      for (int v = 0; v < size; v++) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < categories; c++) {
          values.put("c" + c, "c" + c + "f" + Gen.integers(0, features[c] - 1).generate(source));
        }
        volunteers.add(new Volunteer("v" + v, values));
      }
      return new Pool(features, volunteers);
    };
  }
}
