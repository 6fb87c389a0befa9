// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import java.util.Objects;
import java.util.Set;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.internal.ApiTexts;
import se.participation.api.internal.Checks;
import se.participation.api.rule.Finding;
import se.participation.api.text.LocalizedText;

/** One reason a command was rejected; every reason has a message in Swedish and English. */
public sealed interface Reason {

  /** What is wrong, in both languages. */
  LocalizedText message();

  /**
   * The command expected another version: someone else changed the process first. Reload it and
   * try again.
   *
   * @param expected the version the command expected
   * @param actual the process's version
   */
  record Conflict(long expected, long actual) implements Reason {
    /**
     * Rejects negative versions.
     *
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Conflict {
      Checks.notNegative("expected", expected);
      Checks.notNegative("actual", actual);
    }

    @Override
    public LocalizedText message() {
      return ApiTexts.text("reason.conflict", expected, actual);
    }
  }

  /**
   * The actor holds none of the roles the command needs; nothing was changed.
   *
   * @param command the command's name
   * @param required the roles of which one is needed
   * @param held the roles the actor holds
   */
  record Unauthorized(String command, Set<ActorRole> required, Set<ActorRole> held)
      implements Reason {
    /**
     * Copies the sets.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Unauthorized {
      Objects.requireNonNull(command, "command");
      required = Set.copyOf(Checks.notEmpty("required", Objects.requireNonNull(required, "required")));
      held = Set.copyOf(Objects.requireNonNull(held, "held"));
    }

    @Override
    public LocalizedText message() {
      return ApiTexts.text("reason.unauthorized", command, required, held);
    }
  }

  /**
   * The command is not possible in the process's current part or status.
   *
   * @param command the command's name
   * @param part the part the process is in
   * @param status the process's status
   * @param allowedParts the parts in which the command is possible
   */
  record NotAllowedNow(String command, Part part, ProcessStatus status, Set<Part> allowedParts)
      implements Reason {
    /**
     * Copies the set.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public NotAllowedNow {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(status, "status");
      allowedParts = Set.copyOf(Objects.requireNonNull(allowedParts, "allowedParts"));
    }

    @Override
    public LocalizedText message() {
      if (status.isEnded()) {
        return ApiTexts.text("reason.ended", command, status);
      }
      return ApiTexts.text("reason.notNow", command, part, allowedParts);
    }
  }

  /**
   * A field of the command does not fit the process, e.g. it names a proposal that does not
   * exist.
   *
   * @param field the field
   * @param problem what is wrong with it
   */
  record InvalidInput(String field, LocalizedText problem) implements Reason {
    /**
     * Rejects a blank field name.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public InvalidInput {
      Checks.notBlank("field", Objects.requireNonNull(field, "field"));
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public LocalizedText message() {
      return ApiTexts.text("reason.invalid", field, problem);
    }
  }

  /**
   * A blocking finding of a rule of the current part stops the move to the next part.
   *
   * @param finding the finding
   */
  record Blocked(Finding finding) implements Reason {
    /**
     * Checks that the finding is blocking.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Blocked {
      Objects.requireNonNull(finding, "finding");
      Checks.check(finding.isBlocking(), "finding", "must be blocking", finding.severity());
    }

    @Override
    public LocalizedText message() {
      return ApiTexts.text("reason.blocked", finding.ruleId(), finding.message());
    }
  }
}
