// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.ProcessId;
import se.participation.api.ProcessStatus;
import se.participation.api.Severity;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.api.rule.Finding;
import se.participation.api.rule.RuleId;
import se.participation.api.text.LocalizedText;

/** What an embedder reads from an outcome, and what a refusal says when it is thrown or logged. */
class OutcomeTest {
  private static final Finding BLOCKING = Finding.builder().ruleId(RuleId.of("PLANERING-1")).part(Part.PLANERING)
      .severity(Severity.BLOCKING).message(LocalizedText.of("Syftet saknas för Anna Svensson", "The purpose is missing")).build();
  private static final Reason.InvalidInput INVALID =
      new Reason.InvalidInput("attendance", LocalizedText.of("p9 är inte registrerad", "p9 is not registered"));
  private static final Outcome.Rejected REFUSED = new Outcome.Rejected(List.of(
      new Reason.Conflict(3, 4),
      new Reason.Unauthorized("HoldMeeting", Set.of(ActorRole.FACILITATOR, ActorRole.PROCESS_OWNER), Set.of()),
      new Reason.NotAllowedNow("HoldMeeting", Part.BESLUT, ProcessStatus.ACTIVE, Set.of(Part.GENOMFORANDE)),
      INVALID,
      new Reason.Blocked(BLOCKING)));

  @Test
  void aRefusalHasNoEventsListsItsBlockingFindingsAndSaysWhetherItIsAConflict() {
    assertThat(REFUSED.isAccepted()).isFalse();
    assertThat(REFUSED.events()).isEmpty();
    assertThat(REFUSED.refusal()).containsSame(REFUSED);
    assertThat(REFUSED.blockingFindings()).containsExactly(BLOCKING);
    assertThat(REFUSED.isConflict()).isTrue();
    Outcome.Rejected invalidOnly = new Outcome.Rejected(List.of(INVALID));
    assertThat(invalidOnly.isConflict()).isFalse();
    assertThat(invalidOnly.blockingFindings()).isEmpty();
    assertThatThrownBy(() -> new Outcome.Rejected(List.of())).hasMessageContaining("reasons must not be empty");
  }

  @Test
  void anAcceptanceHasItsEventsAndNoRefusal() {
    Event withdrawn = new Event.ProcessWithdrawn(
        new EventContext(ProcessId.of("p"), 2, ActorId.of("anna"), Instant.parse("2024-01-01T00:00:00Z")), "Ingen budget");
    Outcome.Accepted accepted = new Outcome.Accepted(List.of(withdrawn), List.of(BLOCKING));
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.orElseThrow()).isSameAs(accepted);
    assertThat(accepted.refusal()).isEmpty();
    assertThat(accepted.events()).containsExactly(withdrawn);
    assertThat(accepted.findings()).containsExactly(BLOCKING);
    assertThatThrownBy(() -> new Outcome.Accepted(List.of(), List.of())).hasMessageContaining("events must not be empty");
  }

  @Test
  void aThrownRefusalNamesEachReasonsKindButNoTextFromTheProcess() {
    CommandRefusedException thrown = catchThrowableOfType(REFUSED::orElseThrow, CommandRefusedException.class);
    assertThat(thrown.rejected()).isSameAs(REFUSED);
    assertThat(thrown.command()).isEqualTo("The command");
    assertThat(thrown).hasMessage("The command was refused: Conflict(expected 3, actual 4), "
        + "Unauthorized(needs one of [FACILITATOR, PROCESS_OWNER]), NotAllowedNow(BESLUT, ACTIVE), "
        + "InvalidInput(attendance), Blocked(PLANERING-1)");
    assertThat(thrown.getMessage()).doesNotContain("Anna Svensson", "p9");
    assertThat(new CommandRefusedException("HoldMeeting", REFUSED).getMessage()).startsWith("HoldMeeting was refused: ");
  }

  @Test
  void aThrownRefusalGivesEveryReasonInFullInTheReadersLanguage() {
    CommandRefusedException thrown = new CommandRefusedException(REFUSED);
    String swedish = thrown.message(Locale.forLanguageTag("sv"));
    String english = thrown.message(Locale.ENGLISH);
    assertThat(swedish.lines()).hasSize(5);
    assertThat(english.lines()).hasSize(5);
    assertThat(swedish).contains("p9 är inte registrerad", "Syftet saknas", "attendance");
    assertThat(english).contains("p9 is not registered", "The purpose is missing", "PLANERING-1");
    for (Reason reason : REFUSED.reasons()) {
      assertThat(english).contains(reason.message().en());
      assertThat(swedish).contains(reason.message().sv());
    }
  }

  @Test
  void aReasonForAnEndedProcessSaysItEndedNotThatItIsTheWrongPart() {
    Reason ended = new Reason.NotAllowedNow("HoldMeeting", Part.GENOMFORANDE, ProcessStatus.CLOSED, Set.of(Part.GENOMFORANDE));
    Reason wrongPart = new Reason.NotAllowedNow("HoldMeeting", Part.BESLUT, ProcessStatus.ACTIVE, Set.of(Part.GENOMFORANDE));
    assertThat(ended.message().en()).isNotEqualTo(wrongPart.message().en());
    assertThat(wrongPart.message().en()).contains("HoldMeeting");
    assertThatThrownBy(() -> new Reason.Blocked(Finding.builder().from(BLOCKING).severity(Severity.WARNING).build()))
        .hasMessageContaining("must be blocking");
    assertThatThrownBy(() -> new Reason.Conflict(-1, 0)).hasMessageContaining("expected must not be negative");
  }
}
