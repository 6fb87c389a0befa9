// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.participation.api.internal.Checks;

/**
 * A checklist question whose answer is explicitly not documented: known to be missing from the
 * record (a public record rarely answers every question), which is not the same as answered no,
 * nor as never asked. A judged record reports it as a documentation gap; in a live process a rule
 * that would block on the missing answer warns instead.
 *
 * @param question the checklist question, a decision question or a plan element
 * @param note why it is not documented or where it might be found, if said
 * @param by who marked it
 * @param at when
 */
public record Undocumented(ChecklistQuestion question, Optional<String> note, ActorId by, Instant at) {

  /**
   * Checks every part is present.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when the note is blank
   */
  public Undocumented {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(note, "note").ifPresent(n -> Checks.notBlank("note", n));
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
