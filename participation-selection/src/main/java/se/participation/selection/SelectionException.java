// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Locale;
import java.util.Objects;
import se.participation.api.ParticipationException;
import se.participation.api.text.LocalizedText;

/**
 * A selection that could not be made: the solver LEXIMIN needs is not on the path, the solver
 * failed, or LEGACY could not meet quotas that may be feasible. The message never quotes the
 * pool.
 */
public final class SelectionException extends ParticipationException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** OR-Tools is not on the class or module path. */
    SOLVER_MISSING,
    /** The solver ended without an answer (numerical trouble, a limit). */
    SOLVER_FAILED,
    /** LEGACY failed to meet the quotas in every attempt. */
    LEGACY_FAILED,
    /** LEXIMIN did not finish within its time limit. */
    TIME_LIMIT,
    /** The thread computing LEXIMIN was interrupted. */
    INTERRUPTED
  }

  /** What went wrong. */
  private final Kind kind;
  /** The message in every language; not serialized (the English message is). */
  private final transient LocalizedText problem;

  /**
   * An exception.
   *
   * @param kind what went wrong
   * @param problem the message in every language
   * @throws NullPointerException when an argument is null
   */
  public SelectionException(Kind kind, LocalizedText problem) {
    super(problem.en());
    this.kind = Objects.requireNonNull(kind, "kind");
    this.problem = problem;
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  @Override
  public String message(Locale language) {
    return problem.in(language);
  }
}
