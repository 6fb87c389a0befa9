// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a selection starts from: the pool of volunteers, the quotas per feature and the number of
 * seats. Every volunteer has exactly one feature in each category the quotas name, and every
 * feature has a quota (use {@code 0..k} for "no limit").
 *
 * <p>The problem also holds the pool grouped into {@linkplain #profiles() profiles}: volunteers
 * with the same features.
 */
public final class SelectionProblem {
  private final List<Quota> quotas;
  private final List<Volunteer> volunteers;
  private final int panelSize;
  private final List<String> categories;
  private final List<Profile> profiles;
  /** For each profile, the index of its quota in each category. */
  private final int[][] profileQuotas;
  private final Map<String, Integer> volunteerProfile;

  private SelectionProblem(List<Quota> quotas, List<Volunteer> volunteers, int panelSize) {
    this.quotas = List.copyOf(quotas);
    this.volunteers = List.copyOf(volunteers);
    this.panelSize = panelSize;
    if (panelSize < 1) {
      throw new IllegalArgumentException("the panel size (" + panelSize + ") must be at least 1");
    }
    if (this.volunteers.size() < panelSize) {
      throw new IllegalArgumentException("the pool (" + this.volunteers.size()
          + " volunteers) is smaller than the panel (" + panelSize + ")");
    }
    Map<String, Map<String, Integer>> quotaIndex = new LinkedHashMap<>();
    for (int q = 0; q < this.quotas.size(); q++) {
      Quota quota = this.quotas.get(q);
      Integer earlier = quotaIndex.computeIfAbsent(quota.category(), c -> new LinkedHashMap<>())
          .putIfAbsent(quota.feature(), q);
      if (earlier != null) {
        throw new IllegalArgumentException("two quotas for feature \"" + quota.feature() + "\" of category \""
            + quota.category() + "\"");
      }
    }
    if (quotaIndex.isEmpty()) {
      throw new IllegalArgumentException("there must be at least one quota");
    }
    this.categories = List.copyOf(quotaIndex.keySet());
    Map<List<Integer>, List<String>> byProfile = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Volunteer volunteer : this.volunteers) {
      if (!ids.add(volunteer.id())) {
        throw new IllegalArgumentException("two volunteers have the id \"" + volunteer.id() + "\"");
      }
      Integer[] key = new Integer[categories.size()];
      for (int c = 0; c < categories.size(); c++) {
        String category = categories.get(c);
        String feature = volunteer.feature(category);
        if (feature == null) {
          throw new IllegalArgumentException("volunteer \"" + volunteer.id() + "\" has no feature in category \""
              + category + "\"");
        }
        Integer quota = Objects.requireNonNull(quotaIndex.get(category)).get(feature);
        if (quota == null) {
          throw new IllegalArgumentException("volunteer \"" + volunteer.id() + "\" has feature \"" + feature
              + "\" in category \"" + category + "\", which has no quota");
        }
        key[c] = quota;
      }
      byProfile.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>()).add(volunteer.id());
    }
    List<Profile> made = new ArrayList<>(byProfile.size());
    this.profileQuotas = new int[byProfile.size()][];
    Map<String, Integer> where = new HashMap<>();
    for (Map.Entry<List<Integer>, List<String>> entry : byProfile.entrySet()) {
      int index = made.size();
      Map<String, String> features = new LinkedHashMap<>();
      int[] row = new int[categories.size()];
      for (int c = 0; c < categories.size(); c++) {
        int q = entry.getKey().get(c);
        row[c] = q;
        features.put(categories.get(c), this.quotas.get(q).feature());
      }
      profileQuotas[index] = row;
      made.add(new Profile(index, features, entry.getValue()));
      for (String id : entry.getValue()) {
        where.put(id, index);
      }
    }
    this.profiles = List.copyOf(made);
    this.volunteerProfile = Collections.unmodifiableMap(where);
  }

  /**
   * A problem.
   *
   * @param quotas a quota for every feature of every category
   * @param volunteers the pool, each with one feature per category
   * @param panelSize the number of seats, from 1 to the size of the pool
   * @throws NullPointerException when a list or an element is null
   * @throws IllegalArgumentException naming the volunteer, category or feature when a volunteer
   *     lacks a category or has a feature without a quota, two volunteers share an id, two quotas
   *     name the same feature, there is no quota, or the panel size is not from 1 to the pool's size
   */
  public static SelectionProblem of(List<Quota> quotas, List<Volunteer> volunteers, int panelSize) {
    return new SelectionProblem(quotas, volunteers, panelSize);
  }

  /**
   * The pool as the process records it ({@code Command.RecordPool}): its size and, for every
   * category of the quotas, how many volunteers have each feature. Counts only; no volunteer.
   */
  public se.participation.api.Sortition.Pool poolRecord() {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Quota quota : quotas) {
      counts.computeIfAbsent(quota.category(), c -> new LinkedHashMap<>()).put(quota.feature(), 0);
    }
    for (Volunteer volunteer : volunteers) {
      for (String category : categories) {
        Objects.requireNonNull(counts.get(category)).merge(Objects.requireNonNull(volunteer.feature(category)), 1, Integer::sum);
      }
    }
    return new se.participation.api.Sortition.Pool(se.participation.api.Count.exactly(volunteers.size()), counts);
  }

  /**
   * This problem with other quotas (e.g. a relaxation), the same pool and panel size.
   *
   * @throws NullPointerException when {@code newQuotas} or an element is null
   * @throws IllegalArgumentException as {@link #of} does
   */
  public SelectionProblem withQuotas(List<Quota> newQuotas) {
    return new SelectionProblem(newQuotas, volunteers, panelSize);
  }

  /** The quotas, in the order given. */
  public List<Quota> quotas() {
    return quotas;
  }

  /** The pool, in the order given. */
  public List<Volunteer> volunteers() {
    return volunteers;
  }

  /** The number of seats. */
  public int panelSize() {
    return panelSize;
  }

  /** The categories, in the order the quotas first name them. */
  public List<String> categories() {
    return categories;
  }

  /** The pool grouped by features, in the order each profile first appears in the pool. */
  public List<Profile> profiles() {
    return profiles;
  }

  /**
   * The profile of a volunteer, by id.
   *
   * @throws NullPointerException when {@code volunteerId} is null
   * @throws IllegalArgumentException when no volunteer of the pool has this id
   */
  public Profile profileOf(String volunteerId) {
    Integer index = volunteerProfile.get(Objects.requireNonNull(volunteerId, "volunteerId"));
    if (index == null) {
      throw new IllegalArgumentException("no volunteer \"" + volunteerId + "\" in the pool");
    }
    return profiles.get(index);
  }

  /**
   * The index in {@link #quotas()} of a profile's quota in a category.
   *
   * @param profile a profile's index
   * @param category a category's index in {@link #categories()}
   * @throws IndexOutOfBoundsException when either index is out of range
   */
  public int quotaOf(int profile, int category) {
    return profileQuotas[profile][category];
  }

  /**
   * Whether seat counts per profile (indexed as {@link #profiles()}) meet every quota and fill
   * the panel, each count from 0 to its profile's size.
   *
   * @throws NullPointerException when {@code seats} is null
   * @throws IllegalArgumentException when there is not one count per profile
   */
  public boolean admits(int[] seats) {
    if (seats.length != profiles.size()) {
      throw new IllegalArgumentException("expected " + profiles.size() + " seat counts, got " + seats.length);
    }
    int[] perQuota = new int[quotas.size()];
    int total = 0;
    for (int p = 0; p < seats.length; p++) {
      if (seats[p] < 0 || seats[p] > profiles.get(p).size()) {
        return false;
      }
      total += seats[p];
      for (int c = 0; c < categories.size(); c++) {
        perQuota[profileQuotas[p][c]] += seats[p];
      }
    }
    if (total != panelSize) {
      return false;
    }
    for (int q = 0; q < quotas.size(); q++) {
      if (perQuota[q] < quotas.get(q).min() || perQuota[q] > quotas.get(q).max()) {
        return false;
      }
    }
    return true;
  }

  /** Shows the sizes, not the pool (personal data). */
  @Override
  public String toString() {
    return "SelectionProblem[volunteers=" + volunteers.size() + ", profiles=" + profiles.size() + ", categories="
        + categories.size() + ", quotas=" + quotas.size() + ", panelSize=" + panelSize + "]";
  }
}
