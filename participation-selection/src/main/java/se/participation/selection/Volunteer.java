// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person in the pool: an identifier of the municipality's choosing (a pseudonym, never a
 * personal identity number) and their feature in every category. The features are personal data
 * (often special categories, such as ethnicity); they stay in the selection's memory and are
 * never logged.
 *
 * @param id the volunteer's identifier, unique in the pool
 * @param features category → feature, one entry per category of the quotas
 */
public record Volunteer(String id, Map<String, String> features) {
  /**
   * A volunteer.
   *
   * @throws NullPointerException when {@code id}, {@code features} or an entry is null
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public Volunteer {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a volunteer's id must not be blank");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : Objects.requireNonNull(features, "features").entrySet()) {
      copy.put(Objects.requireNonNull(entry.getKey(), "category"), Objects.requireNonNull(entry.getValue(), "feature"));
    }
    features = Collections.unmodifiableMap(copy);
  }

  /** The volunteer's feature in a category, or null when the category is not given. */
  public @Nullable String feature(String category) {
    return features.get(category);
  }

  /** Shows the id and the number of features, not the features (personal data). */
  @Override
  public String toString() {
    return "Volunteer[id=" + id + ", features=" + features.size() + " withheld]";
  }
}
