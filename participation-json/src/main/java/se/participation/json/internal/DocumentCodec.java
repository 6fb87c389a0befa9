// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.participation.api.ActorId;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.Lesson;
import se.participation.api.ProcessId;
import se.participation.api.ProposalId;
import se.participation.json.InputException;
import se.participation.json.ProcessDocument;

/** Reads and writes process documents, keeping where each element stood in the file. */
public final class DocumentCodec {
  /** The schema version this codec reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private DocumentCodec() {}

  /** A document and where its elements are, by path such as {@code meetings[1]}. */
  public record Located(ProcessDocument document, Map<String, Node.Location> locations) {}

  /** Reads a document from its parsed root. */
  public static Located read(Node root, String file) {
    Map<String, Node.Location> locations = new HashMap<>();
    In in = In.of(root, "", file);
    ProcessDocument document = in.read(d -> {
      int version = d.intValue("schemaVersion", 1, Integer.MAX_VALUE);
      if (version != SCHEMA_VERSION) {
        throw new InputException(InputException.Kind.UNSUPPORTED_VERSION, file, root.location().line(),
            root.location().column(), "schemaVersion", Texts.text("input.schemaVersion", version, SCHEMA_VERSION));
      }
      record(locations, root, "meetings");
      record(locations, root, "participants");
      record(locations, root, "proposals");
      record(locations, root, "lineage");
      record(locations, root, "feedback");
      record(locations, root, "offTopicMatters");
      record(locations, root, "evaluationAnswers");
      record(locations, root, "lessons");
      record(locations, root, "answers");
      record(locations, root, "actors");
      record(locations, root, "sortitions");
      return new ProcessDocument(
          version,
          d.object("process", DocumentCodec::metadata),
          d.objects("answers", Codec::answer),
          d.optObject("decision", DocumentCodec::decision),
          d.optObject("plan", Codec::plan),
          d.optInstant("planApproved"),
          d.objects("participants", DocumentCodec::registration),
          d.objects("meetings", Codec::meeting),
          d.objects("proposals", Codec::proposal),
          d.objects("offTopicMatters", Codec::offTopic),
          d.objects("lineage", DocumentCodec::lineage),
          d.objects("feedback", Codec::feedback),
          d.objects("evaluationAnswers", Codec::evaluationAnswer),
          d.objects("lessons", l -> new Lesson(l.text("text"), ActorId.of(l.text("by")), l.instant("at"))),
          d.optInstant("closed"),
          d.objects("undocumented", u -> new ProcessDocument.NotDocumented(
              u.constant("question", ChecklistQuestion.class, ChecklistQuestion::id), u.optText("note"))),
          d.objects("tallies", Codec::tally),
          d.optObject("mandate", Codec::mandate),
          d.objects("actors", a -> new ProcessDocument.ActorGrant(ActorId.of(a.text("id")),
              java.util.Set.copyOf(Codec.constants(a, "roles", se.participation.api.ActorRole.class)))),
          d.objects("sortitions", Codec::sortition));
    });
    for (String name : java.util.List.of("process", "plan", "decision", "mandate", "planApproved", "closed")) {
      locations.put(name, field(root, name));
    }
    return new Located(document, locations);
  }

  private static Node.Location field(Node root, String name) {
    if (root instanceof Node.ObjectNode object && object.fields().containsKey(name)) {
      return object.fields().get(name).location();
    }
    return root.location();
  }

  private static void record(Map<String, Node.Location> locations, Node root, String list) {
    if (root instanceof Node.ObjectNode object && object.fields().get(list) instanceof Node.ArrayNode array) {
      for (int i = 0; i < array.elements().size(); i++) {
        locations.put(list + "[" + i + "]", array.elements().get(i).location());
      }
    }
  }

  static ProcessDocument.Metadata metadata(In in) {
    return new ProcessDocument.Metadata(ProcessId.of(in.text("id")), in.text("title"), in.text("question"),
        in.constant("intendedLevel", EngagementLevel.class), ActorId.of(in.text("owner")), in.instant("started"));
  }

  static ProcessDocument.Decision decision(In in) {
    return new ProcessDocument.Decision(in.constant("choice", ProcessDocument.Choice.class), in.instant("at"), in.optText("reason"));
  }

  static ProcessDocument.Registration registration(In in) {
    in.known("contact");
    var participant = Codec.participant(in);
    return new ProcessDocument.Registration(participant, in.optObject("contact", c -> Codec.contact(c, participant.id())));
  }

  static ProcessDocument.LineageEntry lineage(In in) {
    return new ProcessDocument.LineageEntry(
        in.constant("action", ProcessDocument.Action.class),
        in.instant("at"),
        in.optText("by").map(ActorId::of),
        Set.copyOf(Codec.ids(in, "proposals", ProposalId::of)),
        Set.copyOf(Codec.ids(in, "rejected", ProposalId::of)),
        in.optText("into").map(ProposalId::of),
        in.optObject("adapted", Codec::proposal),
        in.optText("reason"),
        in.optText("body"),
        in.optText("recipient"),
        Set.copyOf(Codec.ids(in, "residents", se.participation.api.ParticipantId::of)));
  }

  /** Writes a document. */
  public static ObjectNode write(ProcessDocument document) {
    ObjectNode root = Codec.object().put("schemaVersion", document.schemaVersion());
    ProcessDocument.Metadata m = document.process();
    root.putObject("process").put("id", m.id().value()).put("title", m.title()).put("question", m.question())
        .put("intendedLevel", m.intendedLevel().name()).put("owner", m.owner().value()).put("started", m.started().toString());
    Codec.putObjects(root, "answers", document.answers(), Codec::write);
    Codec.putObjects(root, "actors", document.actors(), a -> {
      ObjectNode node = Codec.object().put("id", a.id().value());
      Codec.putTexts(node, "roles", a.roles().stream().sorted().map(Enum::name).toList());
      return node;
    });
    document.mandate().ifPresent(x -> root.set("mandate", Codec.write(x)));
    document.decision().ifPresent(d -> {
      ObjectNode node = root.putObject("decision").put("choice", d.choice().name()).put("at", d.at().toString());
      Codec.put(node, "reason", d.reason());
    });
    document.plan().ifPresent(p -> root.set("plan", Codec.write(p)));
    Codec.put(root, "planApproved", document.planApproved());
    Codec.putObjects(root, "participants", document.participants(), r -> {
      ObjectNode node = Codec.write(r.participant());
      r.contact().ifPresent(c -> node.set("contact", Codec.write(c)));
      return node;
    });
    Codec.putObjects(root, "meetings", document.meetings(), Codec::write);
    Codec.putObjects(root, "proposals", document.proposals(), Codec::write);
    Codec.putObjects(root, "offTopicMatters", document.offTopicMatters(), Codec::write);
    Codec.putObjects(root, "lineage", document.lineage(), e -> {
      ObjectNode node = Codec.object().put("action", e.action().name()).put("at", e.at().toString());
      Codec.put(node, "by", e.by());
      Codec.putTexts(node, "proposals", e.proposals().stream().sorted().toList());
      Codec.putTexts(node, "rejected", e.rejected().stream().sorted().toList());
      Codec.put(node, "into", e.into());
      e.adapted().ifPresent(a -> node.set("adapted", Codec.write(a)));
      Codec.put(node, "reason", e.reason());
      Codec.put(node, "body", e.body());
      Codec.put(node, "recipient", e.recipient());
      Codec.putTexts(node, "residents", e.residents().stream().map(se.participation.api.ParticipantId::value).sorted().toList());
      return node;
    });
    Codec.putObjects(root, "feedback", document.feedback(), Codec::write);
    Codec.putObjects(root, "evaluationAnswers", document.evaluationAnswers(), Codec::write);
    Codec.putObjects(root, "lessons", document.lessons(), l -> Codec.object().put("text", l.text())
        .put("by", l.recordedBy().value()).put("at", l.at().toString()));
    Codec.put(root, "closed", document.closed());
    Codec.putObjects(root, "tallies", document.tallies(), Codec::write);
    Codec.putObjects(root, "sortitions", document.sortitions(), Codec::write);
    Codec.putObjects(root, "undocumented", document.undocumented(), u -> {
      ObjectNode node = Codec.object().put("question", u.question().id());
      Codec.put(node, "note", u.note());
      return node;
    });
    return root;
  }
}
