// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import se.participation.api.ParticipationException;
import se.participation.api.text.LocalizedText;

/**
 * A refused command, thrown by {@link Outcome#orElseThrow()} for callers that treat a refusal as
 * exceptional. It carries the whole {@link Outcome.Rejected}; nothing was changed.
 *
 * <p>{@link #getMessage()} names the command and each reason's kind, rule id or field, and no
 * text from the process (findings may quote what residents wrote), so it can be logged. {@link
 * #message(Locale)} gives every reason in full for the person who must act on it.
 */
public final class CommandRefusedException extends ParticipationException {
  private static final long serialVersionUID = 1L;

  private final transient Outcome.Rejected rejected;
  /** The refused command's name. */
  private final String command;

  /**
   * A refusal of a command whose name is not known here.
   *
   * @param rejected the refusal
   * @throws NullPointerException when {@code rejected} is null
   */
  public CommandRefusedException(Outcome.Rejected rejected) {
    this("The command", rejected);
  }

  /**
   * A refusal of a command.
   *
   * @param command the command's name, e.g. {@code ApprovePlan}
   * @param rejected the refusal
   * @throws NullPointerException when an argument is null
   */
  public CommandRefusedException(String command, Outcome.Rejected rejected) {
    super(summary(Objects.requireNonNull(command, "command"), Objects.requireNonNull(rejected, "rejected")));
    this.command = command;
    this.rejected = rejected;
  }

  private static String summary(String command, Outcome.Rejected rejected) {
    StringJoiner reasons = new StringJoiner(", ", command + " was refused: ", "");
    for (Reason reason : rejected.reasons()) {
      reasons.add(code(reason));
    }
    return reasons.toString();
  }

  private static String code(Reason reason) {
    if (reason instanceof Reason.Conflict conflict) {
      return "Conflict(expected " + conflict.expected() + ", actual " + conflict.actual() + ")";
    } else if (reason instanceof Reason.Unauthorized unauthorized) {
      return "Unauthorized(needs one of " + unauthorized.required().stream().map(Enum::name).sorted().toList() + ")";
    } else if (reason instanceof Reason.NotAllowedNow notNow) {
      return "NotAllowedNow(" + notNow.part().name() + ", " + notNow.status().name() + ")";
    } else if (reason instanceof Reason.InvalidInput invalid) {
      return "InvalidInput(" + invalid.field() + ")";
    } else {
      return "Blocked(" + ((Reason.Blocked) reason).finding().ruleId() + ")";
    }
  }

  /** The refused command's name, or "The command" when it was not given. */
  public String command() {
    return command;
  }

  /** The refusal, with every reason. */
  public Outcome.Rejected rejected() {
    return rejected;
  }

  /** Every reason in full, one a line, in a language. */
  @Override
  public String message(Locale language) {
    return LocalizedText.join(System.lineSeparator(),
        rejected.reasons().stream().map(Reason::message).toList()).in(language);
  }
}
