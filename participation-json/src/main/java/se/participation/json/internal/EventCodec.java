// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.participation.api.ActorId;
import se.participation.api.EngagementLevel;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.Part;
import se.participation.api.ParticipantId;
import se.participation.api.ProcessId;
import se.participation.api.ProposalId;
import se.participation.api.QuestionId;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;

/**
 * Writes and reads events: {@code type}, {@code schemaVersion}, {@code process}, {@code version},
 * {@code actor}, {@code at}, then the payload.
 *
 * <p>The stored format is a contract: the type names below are written literally, not derived
 * from the classes, so renaming a class never changes stored data; {@link #SCHEMA_VERSION} is
 * written with every event and raised when a payload changes shape, with a reading of the older
 * shape kept. An event without {@code schemaVersion} (written before 2026-12-02) is version 1.
 */
public final class EventCodec {
  /** The version of the events' stored shape that this code writes. */
  public static final int SCHEMA_VERSION = 1;

  /** Every event type and the name it is stored under, for good. */
  private static final Map<Class<? extends Event>, String> NAMES = Map.ofEntries(
      Map.entry(Event.ProcessStarted.class, "ProcessStarted"),
      Map.entry(Event.DecisionQuestionAnswered.class, "DecisionQuestionAnswered"),
      Map.entry(Event.DialogueApproved.class, "DialogueApproved"),
      Map.entry(Event.ContinuedWithoutDialogue.class, "ContinuedWithoutDialogue"),
      Map.entry(Event.ProcessWithdrawn.class, "ProcessWithdrawn"),
      Map.entry(Event.PlanRecorded.class, "PlanRecorded"),
      Map.entry(Event.PlanApproved.class, "PlanApproved"),
      Map.entry(Event.MeetingScheduled.class, "MeetingScheduled"),
      Map.entry(Event.MeetingHeld.class, "MeetingHeld"),
      Map.entry(Event.SmallGroupsFormed.class, "SmallGroupsFormed"),
      Map.entry(Event.ParticipantRegistered.class, "ParticipantRegistered"),
      Map.entry(Event.ProposalSubmitted.class, "ProposalSubmitted"),
      Map.entry(Event.MeasurementProposed.class, "MeasurementProposed"),
      Map.entry(Event.OffTopicMatterRecorded.class, "OffTopicMatterRecorded"),
      Map.entry(Event.OffTopicMatterRouted.class, "OffTopicMatterRouted"),
      Map.entry(Event.ProposalsShortlisted.class, "ProposalsShortlisted"),
      Map.entry(Event.ProposalsMerged.class, "ProposalsMerged"),
      Map.entry(Event.ProposalDropped.class, "ProposalDropped"),
      Map.entry(Event.ProposalsAdapted.class, "ProposalsAdapted"),
      Map.entry(Event.CommitteeDecided.class, "CommitteeDecided"),
      Map.entry(Event.ProposedToCouncil.class, "ProposedToCouncil"),
      Map.entry(Event.CouncilDecided.class, "CouncilDecided"),
      Map.entry(Event.DecidedWithResidents.class, "DecidedWithResidents"),
      Map.entry(Event.ProposalsHandedOver.class, "ProposalsHandedOver"),
      Map.entry(Event.RoleGranted.class, "RoleGranted"),
      Map.entry(Event.RoleRevoked.class, "RoleRevoked"),
      Map.entry(Event.MandateRecorded.class, "MandateRecorded"),
      Map.entry(Event.FeedbackDelivered.class, "FeedbackDelivered"),
      Map.entry(Event.EvaluationAnswerRecorded.class, "EvaluationAnswerRecorded"),
      Map.entry(Event.LessonRecorded.class, "LessonRecorded"),
      Map.entry(Event.PartAdvanced.class, "PartAdvanced"),
      Map.entry(Event.ProcessClosed.class, "ProcessClosed"),
      Map.entry(Event.ParticipantDataErased.class, "ParticipantDataErased"),
      Map.entry(Event.SentBackForRework.class, "SentBackForRework"),
      Map.entry(Event.TallyRecorded.class, "TallyRecorded"),
      Map.entry(Event.InvitationsSent.class, "InvitationsSent"),
      Map.entry(Event.PoolRecorded.class, "PoolRecorded"),
      Map.entry(Event.PanelDrawn.class, "PanelDrawn"),
      Map.entry(Event.PanelMemberReplaced.class, "PanelMemberReplaced"),
      Map.entry(Event.MarkedUndocumented.class, "MarkedUndocumented"));

  private EventCodec() {}

  /** The name an event type is stored under. */
  public static String typeName(Class<? extends Event> type) {
    String name = NAMES.get(type);
    if (name == null) {
      throw new AssertionError("no stored name for " + type.getName());
    }
    return name;
  }

  /** The event as an object. */
  public static ObjectNode write(Event event) {
    EventContext c = event.context();
    ObjectNode node = Codec.object().put("type", typeName(event.getClass())).put("schemaVersion", SCHEMA_VERSION)
        .put("process", c.process().value()).put("version", c.version())
        .put("actor", c.actor().value()).put("at", c.at().toString());
    if (event instanceof Event.ProcessStarted e) {
      node.put("title", e.title()).put("question", e.question()).put("intendedLevel", e.intendedLevel().name());
    } else if (event instanceof Event.DecisionQuestionAnswered e) {
      node.set("answer", Codec.write(e.answer()));
    } else if (event instanceof Event.ContinuedWithoutDialogue e) {
      node.put("level", e.level().name()).put("reason", e.reason());
    } else if (event instanceof Event.ProcessWithdrawn e) {
      node.put("reason", e.reason());
    } else if (event instanceof Event.PlanRecorded e) {
      node.set("plan", Codec.write(e.plan()));
    } else if (event instanceof Event.MeetingScheduled e) {
      node.set("meeting", Codec.write(e.meeting()));
    } else if (event instanceof Event.MeetingHeld e) {
      node.put("meeting", e.meeting().value());
      node.set("attendance", Codec.texts(sorted(e.attendance())));
      node.set("questionsDiscussed", Codec.texts(sorted(e.questionsDiscussed())));
      node.set("documentation", Codec.objects(e.documentation(), Codec::write));
    } else if (event instanceof Event.SmallGroupsFormed e) {
      node.put("meeting", e.meeting().value());
      node.set("groups", Codec.objects(e.groups(), Codec::write));
    } else if (event instanceof Event.ParticipantRegistered e) {
      node.set("participant", Codec.write(e.participant()));
      e.contact().ifPresent(contact -> node.set("contact", Codec.write(contact)));
    } else if (event instanceof Event.ProposalSubmitted e) {
      node.set("proposal", Codec.write(e.proposal()));
    } else if (event instanceof Event.MeasurementProposed e) {
      node.put("proposal", e.proposal().value()).put("measurement", e.measurement());
    } else if (event instanceof Event.OffTopicMatterRecorded e) {
      node.set("matter", Codec.write(e.matter()));
    } else if (event instanceof Event.OffTopicMatterRouted e) {
      node.put("matter", e.matter().value()).put("routedTo", e.routedTo());
    } else if (event instanceof Event.ProposalsShortlisted e) {
      node.set("proposals", Codec.texts(sorted(e.proposals())));
      Codec.put(node, "reason", e.reason());
    } else if (event instanceof Event.ProposalsMerged e) {
      node.set("merged", Codec.texts(sorted(e.merged())));
      node.put("into", e.into().value()).put("reason", e.reason());
    } else if (event instanceof Event.ProposalDropped e) {
      node.put("proposal", e.proposal().value()).put("reason", e.reason());
    } else if (event instanceof Event.ProposalsAdapted e) {
      node.set("originals", Codec.texts(sorted(e.originals())));
      node.set("adapted", Codec.write(e.adapted()));
      node.put("reason", e.reason());
    } else if (event instanceof Event.CommitteeDecided e) {
      node.set("approved", Codec.texts(sorted(e.approved())));
      node.set("declined", Codec.texts(sorted(e.declined())));
      node.put("reason", e.reason());
      Codec.put(node, "body", e.body());
    } else if (event instanceof Event.ProposedToCouncil e) {
      node.set("proposals", Codec.texts(sorted(e.proposals())));
      node.put("reason", e.reason());
    } else if (event instanceof Event.CouncilDecided e) {
      node.set("adopted", Codec.texts(sorted(e.adopted())));
      node.set("notAdopted", Codec.texts(sorted(e.notAdopted())));
      node.put("reason", e.reason());
      Codec.put(node, "body", e.body());
    } else if (event instanceof Event.DecidedWithResidents e) {
      node.set("approved", Codec.texts(sorted(e.approved())));
      node.set("declined", Codec.texts(sorted(e.declined())));
      node.set("residents", Codec.texts(sorted(e.residents())));
      node.put("how", e.how());
    } else if (event instanceof Event.ProposalsHandedOver e) {
      node.set("proposals", Codec.texts(sorted(e.proposals())));
      node.put("recipient", e.recipient()).put("reason", e.reason());
    } else if (event instanceof Event.RoleGranted e) {
      node.put("grantee", e.actor().value()).put("role", e.role().name());
    } else if (event instanceof Event.RoleRevoked e) {
      node.put("grantee", e.actor().value()).put("role", e.role().name());
    } else if (event instanceof Event.MandateRecorded e) {
      node.set("mandate", Codec.write(e.mandate()));
    } else if (event instanceof Event.FeedbackDelivered e) {
      node.set("delivery", Codec.write(e.delivery()));
    } else if (event instanceof Event.EvaluationAnswerRecorded e) {
      node.set("answer", Codec.write(e.answer()));
    } else if (event instanceof Event.LessonRecorded e) {
      node.put("text", e.text());
    } else if (event instanceof Event.PartAdvanced e) {
      node.put("from", e.from().name()).put("to", e.to().name());
    } else if (event instanceof Event.ParticipantDataErased e) {
      node.put("participant", e.participant().value());
    } else if (event instanceof Event.SentBackForRework e) {
      node.set("proposals", Codec.texts(sorted(e.proposals())));
      node.put("reason", e.reason());
    } else if (event instanceof Event.TallyRecorded e) {
      node.set("tally", Codec.write(e.tally()));
    } else if (event instanceof Event.InvitationsSent e) {
      node.put("sortition", e.sortition().value());
      Codec.putCount(node, "invited", e.invited());
      Codec.put(node, "frame", e.frame());
    } else if (event instanceof Event.PoolRecorded e) {
      node.put("sortition", e.sortition().value());
      node.set("pool", Codec.write(e.pool()));
    } else if (event instanceof Event.PanelDrawn e) {
      node.put("sortition", e.sortition().value());
      node.set("panel", Codec.write(e.panel()));
    } else if (event instanceof Event.PanelMemberReplaced e) {
      node.put("sortition", e.sortition().value()).put("left", e.left().value());
      e.replacement().ifPresent(seat -> node.set("replacement", Codec.write(seat)));
      node.put("reason", e.reason());
    } else if (event instanceof Event.MarkedUndocumented e) {
      node.put("question", e.question().id());
      Codec.put(node, "note", e.note());
    } else if (!(event instanceof Event.DialogueApproved || event instanceof Event.PlanApproved
        || event instanceof Event.ProcessClosed)) {
      throw new AssertionError("unhandled event " + event.getClass().getName());
    }
    return node;
  }

  private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
    return values.stream().sorted().toList();
  }

  /** All event type names, for the error that lists them. */
  public static List<String> typeNames() {
    return NAMES.values().stream().sorted().toList();
  }

  /** Reads an event. */
  public static Event read(In in) {
    String type = in.text("type");
    int schema = in.optInt("schemaVersion").orElse(1);
    if (schema < 1 || schema > SCHEMA_VERSION) {
      throw new se.participation.json.InputException(se.participation.json.InputException.Kind.UNSUPPORTED_VERSION,
          in.file(), 0, 0, in.path().isEmpty() ? "schemaVersion" : in.path() + ".schemaVersion",
          Texts.text("input.eventSchema", schema, SCHEMA_VERSION));
    }
    EventContext c = new EventContext(ProcessId.of(in.text("process")), in.longValue("version"),
        ActorId.of(in.text("actor")), in.instant("at"));
    return switch (type) {
      case "ProcessStarted" -> new Event.ProcessStarted(c, in.text("title"), in.text("question"), in.constant("intendedLevel", EngagementLevel.class));
      case "DecisionQuestionAnswered" -> new Event.DecisionQuestionAnswered(c, in.object("answer", Codec::answer));
      case "DialogueApproved" -> new Event.DialogueApproved(c);
      case "ContinuedWithoutDialogue" -> new Event.ContinuedWithoutDialogue(c, in.constant("level", EngagementLevel.class), in.text("reason"));
      case "ProcessWithdrawn" -> new Event.ProcessWithdrawn(c, in.text("reason"));
      case "PlanRecorded" -> new Event.PlanRecorded(c, in.object("plan", Codec::plan));
      case "PlanApproved" -> new Event.PlanApproved(c);
      case "MeetingScheduled" -> new Event.MeetingScheduled(c, in.object("meeting", Codec::meeting));
      case "MeetingHeld" -> new Event.MeetingHeld(c, MeetingId.of(in.text("meeting")), Set.copyOf(Codec.ids(in, "attendance", ParticipantId::of)),
            Set.copyOf(Codec.ids(in, "questionsDiscussed", QuestionId::of)), in.objects("documentation", Codec::documentation));
      case "SmallGroupsFormed" -> new Event.SmallGroupsFormed(c, MeetingId.of(in.text("meeting")), in.objects("groups", Codec::group));
      case "ParticipantRegistered" -> {
        var participant = in.object("participant", Codec::participant);
        yield new Event.ParticipantRegistered(c, participant, in.optObject("contact", x -> Codec.contact(x, participant.id())));
      }
      case "ProposalSubmitted" -> new Event.ProposalSubmitted(c, in.object("proposal", Codec::proposal));
      case "MeasurementProposed" -> new Event.MeasurementProposed(c, ProposalId.of(in.text("proposal")), in.text("measurement"));
      case "OffTopicMatterRecorded" -> new Event.OffTopicMatterRecorded(c, in.object("matter", Codec::offTopic));
      case "OffTopicMatterRouted" -> new Event.OffTopicMatterRouted(c, OffTopicId.of(in.text("matter")), in.text("routedTo"));
      case "ProposalsShortlisted" -> new Event.ProposalsShortlisted(c, proposals(in, "proposals"), in.optText("reason"));
      case "ProposalsMerged" -> new Event.ProposalsMerged(c, proposals(in, "merged"), ProposalId.of(in.text("into")), in.text("reason"));
      case "ProposalDropped" -> new Event.ProposalDropped(c, ProposalId.of(in.text("proposal")), in.text("reason"));
      case "ProposalsAdapted" -> new Event.ProposalsAdapted(c, proposals(in, "originals"), in.object("adapted", Codec::proposal), in.text("reason"));
      case "CommitteeDecided" -> new Event.CommitteeDecided(c, proposals(in, "approved"), proposals(in, "declined"), in.text("reason"), in.optText("body"));
      case "ProposedToCouncil" -> new Event.ProposedToCouncil(c, proposals(in, "proposals"), in.text("reason"));
      case "CouncilDecided" -> new Event.CouncilDecided(c, proposals(in, "adopted"), proposals(in, "notAdopted"), in.text("reason"), in.optText("body"));
      case "DecidedWithResidents" -> new Event.DecidedWithResidents(c, proposals(in, "approved"), proposals(in, "declined"),
          Set.copyOf(Codec.ids(in, "residents", ParticipantId::of)), in.text("how"));
      case "ProposalsHandedOver" -> new Event.ProposalsHandedOver(c, proposals(in, "proposals"), in.text("recipient"), in.text("reason"));
      case "RoleGranted" -> new Event.RoleGranted(c, se.participation.api.ActorId.of(in.text("grantee")),
          in.constant("role", se.participation.api.ActorRole.class));
      case "RoleRevoked" -> new Event.RoleRevoked(c, se.participation.api.ActorId.of(in.text("grantee")),
          in.constant("role", se.participation.api.ActorRole.class));
      case "MandateRecorded" -> new Event.MandateRecorded(c, in.object("mandate", Codec::mandate));
      case "FeedbackDelivered" -> new Event.FeedbackDelivered(c, in.object("delivery", Codec::feedback));
      case "EvaluationAnswerRecorded" -> new Event.EvaluationAnswerRecorded(c, in.object("answer", Codec::evaluationAnswer));
      case "LessonRecorded" -> new Event.LessonRecorded(c, in.text("text"));
      case "PartAdvanced" -> new Event.PartAdvanced(c, in.constant("from", Part.class), in.constant("to", Part.class));
      case "ProcessClosed" -> new Event.ProcessClosed(c);
      case "ParticipantDataErased" -> new Event.ParticipantDataErased(c, ParticipantId.of(in.text("participant")));
      case "SentBackForRework" -> new Event.SentBackForRework(c, proposals(in, "proposals"), in.text("reason"));
      case "TallyRecorded" -> new Event.TallyRecorded(c, in.object("tally", Codec::tally));
      case "InvitationsSent" -> new Event.InvitationsSent(c, se.participation.api.SortitionId.of(in.text("sortition")),
          Codec.count(in, "invited"), in.optText("frame"));
      case "PoolRecorded" -> new Event.PoolRecorded(c, se.participation.api.SortitionId.of(in.text("sortition")),
          in.object("pool", Codec::pool));
      case "PanelDrawn" -> new Event.PanelDrawn(c, se.participation.api.SortitionId.of(in.text("sortition")),
          in.object("panel", Codec::panel));
      case "PanelMemberReplaced" -> new Event.PanelMemberReplaced(c, se.participation.api.SortitionId.of(in.text("sortition")),
          ParticipantId.of(in.text("left")), in.optObject("replacement", Codec::seat), in.text("reason"));
      case "MarkedUndocumented" -> new Event.MarkedUndocumented(c,
          in.constant("question", se.participation.api.ChecklistQuestion.class, se.participation.api.ChecklistQuestion::id),
          in.optText("note"));
      default -> throw new se.participation.json.InputException(se.participation.json.InputException.Kind.UNKNOWN_CONSTANT,
            in.file(), 0, 0, in.path().isEmpty() ? "type" : in.path() + ".type", Texts.text("input.unknownConstant", type, typeNames()));
    };
  }

  private static Set<ProposalId> proposals(In in, String name) {
    return Set.copyOf(Codec.ids(in, name, ProposalId::of));
  }
}
