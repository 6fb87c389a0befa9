// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.participation.api.ParticipationException;
import se.participation.api.text.LocalizedText;

/**
 * A store could not do what was asked: its database cannot be reached, its tables are missing or
 * newer than this library, or a stored event cannot be read. A lost race is never this exception
 * but an {@link AppendResult.Conflict}; an append that throws it wrote nothing.
 *
 * <p>The message names the operation and the database's own error code, never an event's
 * content, so it is safe to log.
 */
public final class EventStoreException extends ParticipationException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // LocalizedText is not serializable; a deserialized copy keeps the English message
  private final transient @Nullable LocalizedText text;

  /**
   * An exception with a message for a person in each language, and its cause.
   *
   * @param text what went wrong, in every language of the catalogue; its English wording becomes
   *     {@link #getMessage()}
   * @param cause the database's exception, or null
   * @throws NullPointerException when {@code text} is null
   */
  public EventStoreException(LocalizedText text, @Nullable Throwable cause) {
    super(Objects.requireNonNull(text, "text").en());
    this.text = text;
    if (cause != null) {
      initCause(cause);
    }
  }

  @Override
  public String message(Locale language) {
    Objects.requireNonNull(language, "language");
    LocalizedText wording = text;
    String message = getMessage();
    return wording == null ? (message == null ? "" : message) : wording.in(language);
  }
}
