// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The volunteers who share every feature. They are interchangeable for the quotas, so a fair
 * lottery gives each the same chance; the algorithms work on profiles, not people, which is what
 * makes pools of thousands fast.
 *
 * @param index the profile's position in {@link SelectionProblem#profiles()}
 * @param features category → feature, in the order of the problem's categories
 * @param volunteers the ids of the volunteers with these features, in pool order
 */
public record Profile(int index, Map<String, String> features, List<String> volunteers) {
  /**
   * A profile.
   *
   * @throws NullPointerException when an argument or an element is null
   */
  public Profile {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    volunteers = List.copyOf(volunteers);
  }

  /** How many volunteers have this profile. */
  public int size() {
    return volunteers.size();
  }

  /** Shows the size, not the features or ids (personal data). */
  @Override
  public String toString() {
    return "Profile[index=" + index + ", volunteers=" + volunteers.size() + "]";
  }
}
