// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.util.stream.Collectors;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;

/** A line of text for each event, for the walkthrough. */
final class Describer {
  private Describer() {}

  static LocalizedText describe(Event event) {
    String type = event.getClass().getSimpleName();
    if (event instanceof Event.ProcessStarted e) {
      return CliTexts.text("event.ProcessStarted", e.title(), e.intendedLevel());
    } else if (event instanceof Event.DecisionQuestionAnswered e) {
      return CliTexts.text(e.answer().yes() ? "event.answeredYes" : "event.answeredNo", e.answer().question().id(), e.answer().question().text());
    } else if (event instanceof Event.ContinuedWithoutDialogue e) {
      return CliTexts.text("event.ContinuedWithoutDialogue", e.level(), e.reason());
    } else if (event instanceof Event.PlanRecorded e) {
      return CliTexts.text("event.PlanRecorded", e.plan().promisedLevel().map(Object::toString).orElse("-"), e.plan().targetGroups().size());
    } else if (event instanceof Event.MeetingScheduled e) {
      return CliTexts.text("event.MeetingScheduled", e.meeting().title(), e.meeting().format(), e.meeting().start());
    } else if (event instanceof Event.MeetingHeld e) {
      return CliTexts.text("event.MeetingHeld", e.meeting(), e.attendance().size());
    } else if (event instanceof Event.SmallGroupsFormed e) {
      return CliTexts.text("event.SmallGroupsFormed", e.groups().size(), e.meeting());
    } else if (event instanceof Event.ParticipantRegistered e) {
      return CliTexts.text("event.ParticipantRegistered", e.participant().id(), e.participant().role());
    } else if (event instanceof Event.ProposalSubmitted e) {
      return CliTexts.text("event.ProposalSubmitted", e.proposal().id(), e.proposal().text());
    } else if (event instanceof Event.MeasurementProposed e) {
      return CliTexts.text("event.MeasurementProposed", e.proposal(), e.measurement());
    } else if (event instanceof Event.ProposalsShortlisted e) {
      return CliTexts.text("event.ProposalsShortlisted", sorted(e.proposals()));
    } else if (event instanceof Event.ProposalsMerged e) {
      return CliTexts.text("event.ProposalsMerged", sorted(e.merged()), e.into(), e.reason());
    } else if (event instanceof Event.ProposalDropped e) {
      return CliTexts.text("event.ProposalDropped", e.proposal(), e.reason());
    } else if (event instanceof Event.ProposalsAdapted e) {
      return CliTexts.text("event.ProposalsAdapted", sorted(e.originals()), e.adapted().id(), e.adapted().text());
    } else if (event instanceof Event.CommitteeDecided e) {
      return CliTexts.text("event.CommitteeDecided", sorted(e.approved()), sorted(e.declined()));
    } else if (event instanceof Event.ProposedToCouncil e) {
      return CliTexts.text("event.ProposedToCouncil", sorted(e.proposals()));
    } else if (event instanceof Event.CouncilDecided e) {
      return CliTexts.text("event.CouncilDecided", sorted(e.adopted()), sorted(e.notAdopted()));
    } else if (event instanceof Event.FeedbackDelivered e) {
      int count = e.delivery().participants().size() + e.delivery().decisionMakers().size();
      return CliTexts.text("event.FeedbackDelivered", e.delivery().audience(), count, e.delivery().channel());
    } else if (event instanceof Event.EvaluationAnswerRecorded e) {
      return CliTexts.text("event.EvaluationAnswerRecorded", e.answer().question(), e.answer().answer());
    } else if (event instanceof Event.LessonRecorded e) {
      return CliTexts.text("event.LessonRecorded", e.text());
    } else if (event instanceof Event.PartAdvanced e) {
      return CliTexts.text("event.PartAdvanced", e.to());
    } else if (event instanceof Event.OffTopicMatterRecorded e) {
      return CliTexts.text("event.OffTopicMatterRecorded", e.matter().text());
    } else if (event instanceof Event.OffTopicMatterRouted e) {
      return CliTexts.text("event.OffTopicMatterRouted", e.matter(), e.routedTo());
    } else if (event instanceof Event.ProcessWithdrawn e) {
      return CliTexts.text("event.ProcessWithdrawn", e.reason());
    } else if (event instanceof Event.ParticipantDataErased e) {
      return CliTexts.text("event.ParticipantDataErased", e.participant());
    }
    return CliTexts.text("event." + type);
  }

  private static String sorted(java.util.Set<?> values) {
    return values.isEmpty() ? "-" : values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }
}
