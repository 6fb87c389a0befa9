// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.Locale;
import java.util.Objects;
import se.participation.api.ParticipationException;
import se.participation.api.text.LocalizedText;

/**
 * A history the engine could never have produced: an event after the process ended, time running
 * backwards, a second registration of one participant, a move from a part the process was not in,
 * a version out of sequence. Replay, judging and {@link ProcessEngine#apply} refuse it instead of
 * building a process from it.
 *
 * <p>The message names the position of the event (0-based; for a JSON Lines history its line is
 * known to the reader) and the reason; it quotes identifiers and times from the history, never
 * free text.
 */
public final class ImpossibleHistoryException extends ParticipationException {
  private static final long serialVersionUID = 1L;

  /** The 0-based position of the event that cannot follow the ones before it. */
  private final int position;

  /** Why, in every installed language; not serialized. */
  private final transient LocalizedText reason;

  /**
   * An impossible history.
   *
   * @param position the 0-based position of the event that cannot follow the ones before it
   * @param reason why, in every installed language
   * @throws NullPointerException when {@code reason} is null
   */
  public ImpossibleHistoryException(int position, LocalizedText reason) {
    super("event " + (position + 1) + " of the history: " + Objects.requireNonNull(reason, "reason").en());
    this.position = position;
    this.reason = reason;
  }

  /** The 0-based position of the event in the history. */
  public int position() {
    return position;
  }

  /** Why the event cannot follow the ones before it. */
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public String message(Locale language) {
    return se.participation.core.internal.CoreTexts.text("history.at", position + 1, reason).in(language);
  }
}
