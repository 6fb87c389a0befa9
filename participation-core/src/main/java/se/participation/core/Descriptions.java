// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.api.text.LocalizedText;
import se.participation.core.internal.CoreTexts;

/**
 * One line of text a person reads for an event, an outcome, a reason or a finding, in every
 * language of the catalog: what a user interface shows in a process's event log, beside a refused
 * form, or in a list of findings.
 *
 * <pre>{@code
 * for (Event event : history) {
 *   log.add(Descriptions.of(event).in(locale));   // "The plan was approved."
 * }
 * }</pre>
 *
 * <p>Text the process holds (a title, a proposal, a reason someone gave) is quoted as it is, with
 * control and bidirectional-override characters neutralised, so it cannot forge a line.
 */
public final class Descriptions {
  private Descriptions() {}

  /**
   * What an event records, e.g. "The council adopted P1, P2; did not adopt -."
   *
   * @throws NullPointerException when {@code event} is null
   */
  public static LocalizedText of(Event event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof Event.ProcessStarted e) {
      return CoreTexts.text("event.ProcessStarted", e.title(), e.intendedLevel());
    } else if (event instanceof Event.DecisionQuestionAnswered e) {
      return CoreTexts.text(e.answer().yes() ? "event.answeredYes" : "event.answeredNo",
          e.answer().question().id(), e.answer().question().text());
    } else if (event instanceof Event.ContinuedWithoutDialogue e) {
      return CoreTexts.text("event.ContinuedWithoutDialogue", e.level(), e.reason());
    } else if (event instanceof Event.PlanRecorded e) {
      return CoreTexts.text("event.PlanRecorded",
          e.plan().promisedLevel().map(Object::toString).orElse("-"), e.plan().targetGroups().size());
    } else if (event instanceof Event.MeetingScheduled e) {
      return CoreTexts.text("event.MeetingScheduled", e.meeting().title(), e.meeting().format(), e.meeting().start());
    } else if (event instanceof Event.MeetingHeld e) {
      return CoreTexts.text("event.MeetingHeld", e.meeting(), e.attendance().size());
    } else if (event instanceof Event.SmallGroupsFormed e) {
      return CoreTexts.text("event.SmallGroupsFormed", e.groups().size(), e.meeting());
    } else if (event instanceof Event.ParticipantRegistered e) {
      return CoreTexts.text("event.ParticipantRegistered", e.participant().id(), e.participant().role());
    } else if (event instanceof Event.ProposalSubmitted e) {
      return CoreTexts.text("event.ProposalSubmitted", e.proposal().id(), e.proposal().text());
    } else if (event instanceof Event.MeasurementProposed e) {
      return CoreTexts.text("event.MeasurementProposed", e.proposal(), e.measurement());
    } else if (event instanceof Event.ProposalsShortlisted e) {
      return CoreTexts.text("event.ProposalsShortlisted", sorted(e.proposals()));
    } else if (event instanceof Event.ProposalsMerged e) {
      return CoreTexts.text("event.ProposalsMerged", sorted(e.merged()), e.into(), e.reason());
    } else if (event instanceof Event.ProposalDropped e) {
      return CoreTexts.text("event.ProposalDropped", e.proposal(), e.reason());
    } else if (event instanceof Event.ProposalsAdapted e) {
      return CoreTexts.text("event.ProposalsAdapted", sorted(e.originals()), e.adapted().id(), e.adapted().text());
    } else if (event instanceof Event.CommitteeDecided e) {
      return e.body().isPresent()
          ? CoreTexts.text("event.BodyDecided", sorted(e.approved()), sorted(e.declined()), e.body().get())
          : CoreTexts.text("event.CommitteeDecided", sorted(e.approved()), sorted(e.declined()));
    } else if (event instanceof Event.SentBackForRework e) {
      return CoreTexts.text("event.SentBackForRework", sorted(e.proposals()), e.reason());
    } else if (event instanceof Event.ProposedToCouncil e) {
      return CoreTexts.text("event.ProposedToCouncil", sorted(e.proposals()));
    } else if (event instanceof Event.CouncilDecided e) {
      return e.body().isPresent()
          ? CoreTexts.text("event.BodyDecided", sorted(e.adopted()), sorted(e.notAdopted()), e.body().get())
          : CoreTexts.text("event.CouncilDecided", sorted(e.adopted()), sorted(e.notAdopted()));
    } else if (event instanceof Event.DecidedWithResidents e) {
      return CoreTexts.text("event.DecidedWithResidents", sorted(e.approved()), sorted(e.declined()), e.residents().size(), e.how());
    } else if (event instanceof Event.ProposalsHandedOver e) {
      return CoreTexts.text("event.ProposalsHandedOver", sorted(e.proposals()), e.recipient());
    } else if (event instanceof Event.RoleGranted e) {
      return CoreTexts.text("event.RoleGranted", e.actor(), e.role());
    } else if (event instanceof Event.RoleRevoked e) {
      return CoreTexts.text("event.RoleRevoked", e.actor(), e.role());
    } else if (event instanceof Event.MandateRecorded e) {
      return CoreTexts.text("event.MandateRecorded", e.mandate().decidedBy(),
          e.mandate().caseReference().map(r -> (Object) r).orElse("-"));
    } else if (event instanceof Event.FeedbackDelivered e) {
      int count = e.delivery().participants().size() + e.delivery().decisionMakers().size();
      return CoreTexts.text("event.FeedbackDelivered", e.delivery().audience(), count, e.delivery().channel());
    } else if (event instanceof Event.EvaluationAnswerRecorded e) {
      return CoreTexts.text("event.EvaluationAnswerRecorded", e.answer().question(), e.answer().answer());
    } else if (event instanceof Event.LessonRecorded e) {
      return CoreTexts.text("event.LessonRecorded", e.text());
    } else if (event instanceof Event.PartAdvanced e) {
      return CoreTexts.text("event.PartAdvanced", e.to());
    } else if (event instanceof Event.OffTopicMatterRecorded e) {
      return CoreTexts.text("event.OffTopicMatterRecorded", e.matter().text());
    } else if (event instanceof Event.OffTopicMatterRouted e) {
      return CoreTexts.text("event.OffTopicMatterRouted", e.matter(), e.routedTo());
    } else if (event instanceof Event.ProcessWithdrawn e) {
      return CoreTexts.text("event.ProcessWithdrawn", e.reason());
    } else if (event instanceof Event.InvitationsSent e) {
      return CoreTexts.text("event.InvitationsSent", e.sortition(), e.invited(), e.frame());
    } else if (event instanceof Event.PoolRecorded e) {
      return CoreTexts.text("event.PoolRecorded", e.sortition(), e.pool().volunteers());
    } else if (event instanceof Event.PanelDrawn e) {
      return CoreTexts.text("event.PanelDrawn", e.sortition(), e.panel().seats().size(), e.panel().quotas().size(),
          e.panel().method());
    } else if (event instanceof Event.PanelMemberReplaced e) {
      return CoreTexts.text("event.PanelMemberReplaced", e.sortition(), e.left(), e.reason(),
          e.replacement().map(s -> s.member()));
    } else if (event instanceof Event.TallyRecorded e) {
      return CoreTexts.text("event.TallyRecorded", e.tally().kind(), e.tally().count(), e.tally().what(),
          e.tally().meeting().map(m -> (Object) m).orElse("-"));
    } else if (event instanceof Event.MarkedUndocumented e) {
      return CoreTexts.text("event.MarkedUndocumented", e.question().id(), e.question().text(),
          e.note().map(n -> (Object) n).orElse("-"));
    } else if (event instanceof Event.ParticipantDataErased e) {
      return CoreTexts.text("event.ParticipantDataErased", e.participant());
    }
    // The events that carry nothing but their kind: DialogueApproved, PlanApproved, ProcessClosed.
    return CoreTexts.text("event." + event.getClass().getSimpleName());
  }

  /**
   * What became of a command: the events it caused, or "Refused:" and every reason.
   *
   * @throws NullPointerException when {@code outcome} is null
   */
  public static LocalizedText of(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome instanceof Outcome.Rejected rejected) {
      return CoreTexts.text("describe.refused",
          LocalizedText.join("; ", rejected.reasons().stream().map(Reason::message).toList()));
    }
    return LocalizedText.join(" ", outcome.events().stream().map(Descriptions::of).toList());
  }

  /**
   * A reason a command was refused: its message.
   *
   * @throws NullPointerException when {@code reason} is null
   */
  public static LocalizedText of(Reason reason) {
    return Objects.requireNonNull(reason, "reason").message();
  }

  /**
   * A finding on one line: {@code [severity] RULE-ID: message → advice}.
   *
   * @throws NullPointerException when {@code finding} is null
   */
  public static LocalizedText of(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return finding.advice()
        .map(advice -> CoreTexts.text("describe.findingWithAdvice", finding.severity(), finding.ruleId(),
            finding.message(), advice))
        .orElseGet(() -> CoreTexts.text("describe.finding", finding.severity(), finding.ruleId(), finding.message()));
  }

  private static String sorted(Set<?> values) {
    return values.isEmpty() ? "-" : values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }
}
