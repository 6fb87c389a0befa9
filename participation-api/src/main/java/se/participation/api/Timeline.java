// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of each part of the process (checklist PLANERING-5: "Vilka datum gäller för
 * respektive del i dialogen?"). The handbook's form asks for Beslut, Genomförande, Återkoppling
 * and Utvärdering; Planering may be given too.
 *
 * @param periods the period of each part that has dates
 */
public record Timeline(Map<Part, DateRange> periods) {

  /**
   * Copies the periods.
   *
   * @throws NullPointerException naming the component when one is null
   */
  public Timeline {
    Objects.requireNonNull(periods, "periods");
    Map<Part, DateRange> copy = new EnumMap<>(Part.class);
    periods.forEach(
        (part, range) ->
            copy.put(
                Objects.requireNonNull(part, "periods key"),
                Objects.requireNonNull(range, "periods[" + part + "]")));
    periods = java.util.Collections.unmodifiableMap(copy);
  }

  /** A timeline with no dates yet. */
  public static Timeline empty() {
    return new Timeline(Map.of());
  }

  /** This timeline with the period of one part set. */
  public Timeline with(Part part, DateRange period) {
    Map<Part, DateRange> copy = new EnumMap<>(Part.class);
    copy.putAll(periods);
    copy.put(part, period);
    return new Timeline(copy);
  }

  /** The period of a part, if given. */
  public Optional<DateRange> period(Part part) {
    return Optional.ofNullable(periods.get(part));
  }
}
