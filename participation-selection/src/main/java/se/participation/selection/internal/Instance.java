// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.List;
import se.participation.selection.Quota;
import se.participation.selection.SelectionProblem;

/** A problem as arrays: profiles, their sizes, their quota in each category, the quotas' bounds. */
final class Instance {
  final SelectionProblem problem;
  /** Number of profiles. */
  final int profiles;
  /** Number of categories. */
  final int categories;
  /** Number of quotas. */
  final int quotas;
  final int panelSize;
  /** Volunteers per profile. */
  final int[] size;
  /** quotaOf[p][c]: the quota of profile p in category c. */
  final int[][] quotaOf;
  final int[] min;
  final int[] max;

  Instance(SelectionProblem problem) {
    this.problem = problem;
    this.profiles = problem.profiles().size();
    this.categories = problem.categories().size();
    List<Quota> list = problem.quotas();
    this.quotas = list.size();
    this.panelSize = problem.panelSize();
    this.size = new int[profiles];
    this.quotaOf = new int[profiles][categories];
    for (int p = 0; p < profiles; p++) {
      size[p] = problem.profiles().get(p).size();
      for (int c = 0; c < categories; c++) {
        quotaOf[p][c] = problem.quotaOf(p, c);
      }
    }
    this.min = new int[quotas];
    this.max = new int[quotas];
    for (int q = 0; q < quotas; q++) {
      min[q] = list.get(q).min();
      max[q] = Math.min(list.get(q).max(), panelSize);
    }
  }
}
