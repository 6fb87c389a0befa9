// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Locale;

/**
 * The base of the SDK's own exceptions: a refused command turned into an exception on request
 * ({@link se.participation.api.command.CommandRefusedException}), input that cannot be read (in
 * {@code participation-json}). Caller bugs (a null or malformed argument) are ordinary {@link
 * NullPointerException}s and {@link IllegalArgumentException}s that name the argument.
 *
 * <p>{@link #getMessage()} is English; {@link #message(Locale)} is for the person who must act on
 * it, in their language. Each subclass says whether its message may quote input.
 */
public abstract class ParticipationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message safe to log.
   *
   * @param message the English message
   */
  protected ParticipationException(String message) {
    super(message);
  }

  /** The message for a person, in a language (falling back to Swedish). */
  public abstract String message(Locale language);
}
