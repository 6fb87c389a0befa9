// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/**
 * The five parts of a dialogue process, in the order the handbook gives them ("Invånardialogens
 * delar"): decision, planning, carrying out, feedback and evaluation.
 */
public enum Part implements Labelled {
  /** Deciding whether a dialogue can be held at all: the decision checklist. */
  BESLUT,
  /** Planning: purpose, questions, level, timeline, method, target groups and more. */
  PLANERING,
  /** Carrying out the meetings and documenting what comes out. */
  GENOMFORANDE,
  /** Compiling the result and feeding it back to participants and decision makers. */
  ATERKOPPLING,
  /** Evaluating the process, with residents where planned, and sharing the lessons. */
  UTVARDERING;

  /** The part that follows this one, or empty after {@link #UTVARDERING}. */
  public Optional<Part> next() {
    return switch (this) {
      case BESLUT -> Optional.of(PLANERING);
      case PLANERING -> Optional.of(GENOMFORANDE);
      case GENOMFORANDE -> Optional.of(ATERKOPPLING);
      case ATERKOPPLING -> Optional.of(UTVARDERING);
      case UTVARDERING -> Optional.empty();
    };
  }

  /** Whether this part comes before {@code other}. */
  public boolean isBefore(Part other) {
    return compareTo(other) < 0;
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
