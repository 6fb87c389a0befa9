// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.participation.api.Activity;
import se.participation.api.ActorId;
import se.participation.api.Affectedness;
import se.participation.api.AgendaItem;
import se.participation.api.Authorship;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.CommunicationPlan;
import se.participation.api.Consent;
import se.participation.api.ContactDetails;
import se.participation.api.Coordination;
import se.participation.api.DateRange;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.EvaluationPlan;
import se.participation.api.ExpectedResult;
import se.participation.api.Facilitation;
import se.participation.api.Facilitator;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.FeedbackPlan;
import se.participation.api.GroupId;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.MeetingFormat;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.PoliticianInvolvement;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.QuestionId;
import se.participation.api.ResidentInvolvement;
import se.participation.api.SmallGroup;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.Timeline;

/** Reads and writes the API's values; every field name here is part of the file format. */
public final class Codec {
  /** The node factory for written values. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Codec() {}

  // ---- writing helpers ----

  /** A new object node. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  static void put(ObjectNode node, String name, Optional<?> value) {
    value.ifPresent(v -> node.put(name, v.toString()));
  }

  static ArrayNode texts(Collection<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(v.toString()));
    return array;
  }

  static <T> ArrayNode objects(Collection<T> values, Function<T, JsonNode> writer) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(writer.apply(v)));
    return array;
  }

  /** Puts a list of texts; a set is written sorted, so that output is stable. */
  static void putTexts(ObjectNode node, String name, Collection<?> values) {
    if (!values.isEmpty()) {
      node.set(name, texts(values instanceof Set<?> ? values.stream().map(Object::toString).sorted().toList() : values));
    }
  }

  static <T> void putObjects(ObjectNode node, String name, Collection<T> values, Function<T, JsonNode> writer) {
    if (!values.isEmpty()) {
      node.set(name, objects(values, writer));
    }
  }

  // ---- ids ----

  static <T> List<T> ids(In in, String name, Function<String, T> id) {
    return in.texts(name).stream().map(id).toList();
  }

  // ---- checklist answer ----

  /** Writes a decision answer. */
  public static ObjectNode write(ChecklistAnswer answer) {
    ObjectNode node = object();
    node.put("question", answer.question().id());
    node.put("answer", answer.yes());
    node.put("by", answer.answeredBy().value());
    node.put("at", answer.answeredAt().toString());
    put(node, "comment", answer.comment());
    return node;
  }

  /** Reads a decision answer. */
  public static ChecklistAnswer answer(In in) {
    return ChecklistAnswer.builder()
        .question(in.constant("question", ChecklistQuestion.class, ChecklistQuestion::id))
        .yes(in.bool("answer"))
        .answeredBy(ActorId.of(in.text("by")))
        .answeredAt(in.instant("at"))
        .comment(in.optText("comment"))
        .build();
  }

  // ---- plan ----

  /** Writes a plan; absent elements are left out. */
  public static ObjectNode write(Plan plan) {
    ObjectNode node = object();
    put(node, "purpose", plan.purpose());
    putObjects(node, "questions", plan.questions(), q -> {
      ObjectNode n = object().put("id", q.id().value()).put("text", q.text());
      put(n, "intendedUse", q.intendedUse());
      return n;
    });
    put(node, "phrasedQuestion", plan.phrasedQuestion());
    put(node, "promisedLevel", plan.promisedLevel());
    if (!plan.timeline().periods().isEmpty()) {
      ObjectNode timeline = node.putObject("timeline");
      plan.timeline().periods().forEach((part, range) -> {
        ObjectNode period = timeline.putObject(part.name()).put("start", range.start().toString()).put("end", range.end().toString());
        if (!range.exact()) {
          period.put("precision", range.precision().name());
        }
      });
    }
    put(node, "method", plan.method());
    putTexts(node, "responsible", plan.responsible());
    plan.coordination().ifPresent(c -> {
      ObjectNode n = node.putObject("coordination");
      putTexts(n, "concerned", c.concerned());
      n.put("arrangement", c.arrangement());
    });
    putObjects(node, "targetGroups", plan.targetGroups(), Codec::write);
    put(node, "priorityQuadrantAbsence", plan.priorityQuadrantAbsence());
    plan.politicians().ifPresent(p -> node.putObject("politicians").put("desired", p.desired()).put("how", p.how()));
    plan.facilitator().ifPresent(f -> node.putObject("facilitator").put("facilitation", f.facilitation().name()).put("who", f.who()));
    plan.communication().ifPresent(c -> node.putObject("communication").put("internal", c.internal()).put("external", c.external()));
    put(node, "offTopicHandling", plan.offTopicHandling());
    put(node, "risks", plan.risks());
    put(node, "documentation", plan.documentation());
    put(node, "compilation", plan.compilation());
    plan.feedback().ifPresent(f -> {
      ObjectNode n = node.putObject("feedback").put("how", f.how());
      putTexts(n, "channels", f.channels());
      put(n, "by", f.by());
    });
    plan.evaluation().ifPresent(e -> {
      ObjectNode n = node.putObject("evaluation").put("residentsEvaluate", e.residentsEvaluate()).put("whatAndHow", e.whatAndHow());
      put(n, "sharing", e.sharing());
    });
    plan.expectedResult().ifPresent(r -> {
      ObjectNode result = node.putObject("expectedResult").put("description", r.description())
          .put("kind", r.kind().name()).put("minimumProposals", r.minimumProposals()).put("withMeasurement", r.withMeasurement());
      putTexts(result, "additionalKinds", r.additionalKinds().stream().sorted().toList());
    });
    plan.plannedOccasions().ifPresent(n -> node.put("plannedOccasions", n));
    putTexts(node, "residentInvolvement", plan.residentInvolvement());
    return node;
  }

  /** Reads a plan. */
  public static Plan plan(In in) {
    Plan.Builder plan = Plan.builder()
        .purpose(in.optText("purpose"))
        .questions(in.objects("questions", Codec::plannedQuestion))
        .phrasedQuestion(in.optText("phrasedQuestion"))
        .promisedLevel(in.optConstant("promisedLevel", EngagementLevel.class))
        .method(in.optText("method"))
        .responsible(in.texts("responsible"))
        .coordination(in.optObject("coordination", c -> new Coordination(c.texts("concerned"), c.text("arrangement"))))
        .targetGroups(in.objects("targetGroups", Codec::targetGroup))
        .priorityQuadrantAbsence(in.optText("priorityQuadrantAbsence"))
        .politicians(in.optObject("politicians", p -> new PoliticianInvolvement(p.bool("desired"), p.text("how"))))
        .facilitator(in.optObject("facilitator", f -> new Facilitator(f.constant("facilitation", Facilitation.class), f.text("who"))))
        .communication(in.optObject("communication", c -> new CommunicationPlan(c.text("internal"), c.text("external"))))
        .offTopicHandling(in.optText("offTopicHandling"))
        .risks(in.optText("risks"))
        .documentation(in.optText("documentation"))
        .compilation(in.optText("compilation"))
        .feedback(in.optObject("feedback", f -> FeedbackPlan.builder().how(f.text("how")).channels(f.texts("channels")).by(f.optDate("by")).build()))
        .evaluation(in.optObject("evaluation", e -> EvaluationPlan.builder().residentsEvaluate(e.bool("residentsEvaluate"))
            .whatAndHow(e.text("whatAndHow")).sharing(e.optText("sharing")).build()))
        .expectedResult(in.optObject("expectedResult", r -> ExpectedResult.builder().description(r.text("description"))
            .additionalKinds(constants(r, "additionalKinds", ProposalKind.class))
            .kind(r.constant("kind", ProposalKind.class)).minimumProposals(r.optInt("minimumProposals").orElse(1))
            .withMeasurement(r.bool("withMeasurement", false)).build()))
        .plannedOccasions(in.optInt("plannedOccasions"));
    Set<ResidentInvolvement> involvement = EnumSet.noneOf(ResidentInvolvement.class);
    involvement.addAll(constants(in, "residentInvolvement", ResidentInvolvement.class));
    plan.residentInvolvement(involvement);
    if (in.has("timeline")) {
      In timeline = in.nested("timeline");
      Timeline value = timeline.read(t -> {
        Timeline result = Timeline.empty();
        for (Part part : Part.values()) {
          Optional<DateRange> range;
          if (t.isScalar(part.name())) {
            // A period the record gives as one approximate date: "GENOMFORANDE: hösten 2019".
            se.participation.api.PartialDate when = t.partialDate(part.name());
            range = Optional.of(DateRange.between(when, when));
          } else {
            range = t.optObject(part.name(), r -> {
              DateRange between = DateRange.between(r.partialDate("start"), r.partialDate("end"));
              return new DateRange(between.start(), between.end(),
                  r.optConstant("precision", se.participation.api.DatePrecision.class).orElse(between.precision()));
            });
          }
          if (range.isPresent()) {
            result = result.with(part, range.get());
          }
        }
        return result;
      });
      plan.timeline(value);
    }
    return plan.build();
  }

  static PlannedQuestion plannedQuestion(In in) {
    String id = in.text("id");
    String text = in.text("text");
    Optional<String> use = in.optText("intendedUse");
    return use.isPresent() ? PlannedQuestion.of(id, text, use.get()) : PlannedQuestion.of(id, text);
  }

  /** Writes a target group. */
  public static ObjectNode write(TargetGroup group) {
    ObjectNode node = object().put("id", group.id().value()).put("name", group.name())
        .put("activity", group.activity().name()).put("affectedness", group.affectedness().name())
        .put("hardToReach", group.hardToReach());
    if (group.mirrorsPopulation()) {
      node.put("mirrorsPopulation", true);
    }
    putTexts(node, "outreach", group.outreach());
    group.plannedParticipants().ifPresent(n -> node.put("plannedParticipants", n));
    return node;
  }

  /** Reads a target group. */
  public static TargetGroup targetGroup(In in) {
    return TargetGroup.builder().id(TargetGroupId.of(in.text("id"))).name(in.text("name"))
        .activity(in.constant("activity", Activity.class)).affectedness(in.constant("affectedness", Affectedness.class))
        .hardToReach(in.bool("hardToReach", false)).mirrorsPopulation(in.bool("mirrorsPopulation", false)).outreach(in.texts("outreach"))
        .plannedParticipants(in.optInt("plannedParticipants")).build();
  }

  // ---- people ----

  /** Writes a participant. */
  public static ObjectNode write(Participant participant) {
    ObjectNode node = object().put("id", participant.id().value()).put("role", participant.role().name())
        .put("identity", participant.identity().name());
    put(node, "pseudonym", participant.pseudonym());
    putTexts(node, "targetGroups", participant.targetGroups());
    put(node, "association", participant.association());
    put(node, "feedbackChannel", participant.feedbackChannel());
    participant.consent().ifPresent(c -> node.putObject("consent").put("givenAt", c.givenAt().toString()).put("purpose", c.purpose()));
    if (participant.erased()) {
      node.put("erased", true);
    }
    return node;
  }

  /** Reads a participant. */
  public static Participant participant(In in) {
    return Participant.builder().id(ParticipantId.of(in.text("id"))).role(in.constant("role", ParticipantRole.class))
        .identity(in.optConstant("identity", IdentityMode.class).orElse(IdentityMode.NAMED))
        .pseudonym(in.optText("pseudonym")).targetGroups(ids(in, "targetGroups", TargetGroupId::of))
        .association(in.optText("association")).feedbackChannel(in.optText("feedbackChannel"))
        .consent(in.optObject("consent", c -> new Consent(c.instant("givenAt"), c.text("purpose"))))
        .erased(in.bool("erased", false)).build();
  }

  /** Writes contact details, without the participant id. */
  public static ObjectNode write(ContactDetails contact) {
    ObjectNode node = object();
    put(node, "name", contact.name());
    put(node, "email", contact.email());
    put(node, "phone", contact.phone());
    put(node, "postalAddress", contact.postalAddress());
    return node;
  }

  /** Reads contact details of a participant. */
  public static ContactDetails contact(In in, ParticipantId participant) {
    return ContactDetails.builder().participant(participant).name(in.optText("name")).email(in.optText("email"))
        .phone(in.optText("phone")).postalAddress(in.optText("postalAddress")).build();
  }

  // ---- meetings ----

  /** Writes a meeting, with what happened at it once held. */
  public static ObjectNode write(Meeting meeting) {
    ObjectNode node = object().put("id", meeting.id().value()).put("title", meeting.title())
        .put("format", meeting.format().name()).put("start", meeting.start().toString()).put("end", meeting.end().toString());
    put(node, "location", meeting.location());
    putObjects(node, "agenda", meeting.agenda(), a -> object().put("at", a.at().toString()).put("activity", a.activity()));
    if (meeting.held()) {
      node.put("held", true);
    }
    putTexts(node, "attendance", meeting.attendance());
    putObjects(node, "groups", meeting.groups(), Codec::write);
    putTexts(node, "questionsDiscussed", meeting.questionsDiscussed());
    putObjects(node, "documentation", meeting.documentation(), Codec::write);
    put(node, "stage", meeting.stage().map(Enum::name));
    put(node, "date", meeting.approximateDate().map(se.participation.api.PartialDate::wording));
    return node;
  }

  /** Reads a meeting. */
  public static Meeting meeting(In in) {
    // A record may give only an approximate date ("date: hösten 2019"); the meeting then spans it.
    Optional<se.participation.api.PartialDate> date = in.optPartialDate("date");
    boolean spanned = date.isPresent() && !in.has("start") && !in.has("end");
    return Meeting.builder().id(MeetingId.of(in.text("id"))).title(in.text("title"))
        .format(in.constant("format", MeetingFormat.class))
        .start(spanned ? date.get().earliest().atStartOfDay() : in.dateTime("start"))
        .end(spanned ? date.get().latest().atTime(23, 59) : in.dateTime("end"))
        .approximateDate(date.filter(d -> !d.exact()))
        .location(in.optText("location"))
        .agenda(in.objects("agenda", a -> new AgendaItem(a.time("at"), a.text("activity"))))
        .held(in.bool("held", false)).attendance(ids(in, "attendance", ParticipantId::of))
        .groups(in.objects("groups", Codec::group))
        .questionsDiscussed(ids(in, "questionsDiscussed", QuestionId::of))
        .documentation(in.objects("documentation", Codec::documentation))
        .stage(in.optConstant("stage", se.participation.api.ResidentInvolvement.class)).build();
  }

  /** Writes a small group. */
  public static ObjectNode write(SmallGroup group) {
    ObjectNode node = object().put("id", group.id().value());
    node.set("members", texts(group.members().stream().map(ParticipantId::value).sorted().toList()));
    return node;
  }

  /** Reads a small group. */
  public static SmallGroup group(In in) {
    return new SmallGroup(GroupId.of(in.text("id")), Set.copyOf(ids(in, "members", ParticipantId::of)));
  }

  /** Writes a documentation reference. */
  public static ObjectNode write(Documentation documentation) {
    return object().put("kind", documentation.kind().name()).put("reference", documentation.reference())
        .put("description", documentation.description());
  }

  /** Reads a documentation reference. */
  public static Documentation documentation(In in) {
    return new Documentation(in.constant("kind", DocumentationKind.class), in.text("reference"), in.text("description"));
  }

  // ---- proposals ----

  /** Writes a proposal as submitted or adapted. */
  public static ObjectNode write(ProposalDraft proposal) {
    ObjectNode node = object().put("id", proposal.id().value()).put("text", proposal.text()).put("kind", proposal.kind().name());
    Authorship authorship = proposal.authorship();
    ObjectNode author = node.putObject("authorship").put("mode", authorship.mode().name());
    putTexts(author, "authors", authorship.authors().stream().map(ParticipantId::value).sorted().toList());
    put(author, "pseudonym", authorship.pseudonym());
    put(author, "channel", authorship.channel());
    put(author, "feedbackChannel", authorship.feedbackChannel());
    put(author, "collective", authorship.collective());
    put(node, "originMeeting", proposal.originMeeting());
    put(node, "originGroup", proposal.originGroup());
    put(node, "measurement", proposal.measurement());
    putTexts(node, "questions", proposal.questions());
    return node;
  }

  /** Reads a proposal as submitted or adapted. */
  public static ProposalDraft proposal(In in) {
    return ProposalDraft.builder().id(ProposalId.of(in.text("id"))).text(in.text("text"))
        .kind(in.optConstant("kind", ProposalKind.class).orElse(ProposalKind.OTHER))
        .authorship(in.object("authorship", a -> new Authorship(a.constant("mode", IdentityMode.class),
            Set.copyOf(ids(a, "authors", ParticipantId::of)), a.optText("pseudonym"), a.optText("channel"),
            a.optText("feedbackChannel"), a.optText("collective"))))
        .originMeeting(in.optText("originMeeting").map(MeetingId::of))
        .originGroup(in.optText("originGroup").map(GroupId::of))
        .measurement(in.optText("measurement"))
        .questions(ids(in, "questions", QuestionId::of)).build();
  }

  /** Writes an off-topic matter. */
  public static ObjectNode write(OffTopicMatter matter) {
    ObjectNode node = object().put("id", matter.id().value()).put("text", matter.text());
    put(node, "raisedAt", matter.raisedAt());
    put(node, "routedTo", matter.routedTo());
    return node;
  }

  /** Reads an off-topic matter. */
  public static OffTopicMatter offTopic(In in) {
    return OffTopicMatter.builder().id(OffTopicId.of(in.text("id"))).text(in.text("text"))
        .raisedAt(in.optText("raisedAt").map(MeetingId::of)).routedTo(in.optText("routedTo")).build();
  }

  // ---- feedback and evaluation ----

  /** Writes a feedback delivery. */
  public static ObjectNode write(FeedbackDelivery delivery) {
    ObjectNode node = object().put("id", delivery.id().value()).put("audience", delivery.audience().name());
    putTexts(node, "participants", delivery.participants().stream().map(ParticipantId::value).sorted().toList());
    putTexts(node, "decisionMakers", delivery.decisionMakers());
    node.put("channel", delivery.channel()).put("at", delivery.at().toString()).put("content", delivery.content());
    return node;
  }

  /** Reads a feedback delivery. */
  public static FeedbackDelivery feedback(In in) {
    return FeedbackDelivery.builder().id(FeedbackId.of(in.text("id"))).audience(in.constant("audience", FeedbackAudience.class))
        .participants(ids(in, "participants", ParticipantId::of)).decisionMakers(in.texts("decisionMakers"))
        .channel(in.text("channel")).at(in.instant("at")).content(in.text("content")).build();
  }

  /** Writes an evaluation answer. */
  public static ObjectNode write(EvaluationAnswer answer) {
    ObjectNode node = object();
    put(node, "participant", answer.participant());
    return node.put("question", answer.question()).put("answer", answer.answer()).put("at", answer.at().toString());
  }

  /** Reads an evaluation answer. */
  public static EvaluationAnswer evaluationAnswer(In in) {
    return EvaluationAnswer.builder().participant(in.optText("participant").map(ParticipantId::of))
        .question(in.text("question")).answer(in.text("answer")).at(in.instant("at")).build();
  }

  /** A list of enum constants by name, each error at its own line and column. */
  static <E extends Enum<E>> List<E> constants(In in, String name, Class<E> type) {
    List<E> values = new ArrayList<>();
    List<Node> nodes = in.list(name);
    for (int i = 0; i < nodes.size(); i++) {
      values.add(in.toConstant(name + "[" + i + "]", nodes.get(i), type, Enum::name));
    }
    return values;
  }

  /** Writes a mandate. */
  public static ObjectNode write(se.participation.api.Mandate mandate) {
    ObjectNode node = object().put("decidedBy", mandate.decidedBy());
    put(node, "caseReference", mandate.caseReference());
    put(node, "decidedOn", mandate.decidedOn().map(se.participation.api.PartialDate::wording));
    put(node, "scope", mandate.scope());
    return node;
  }

  /** Reads a mandate. */
  public static se.participation.api.Mandate mandate(In in) {
    return new se.participation.api.Mandate(in.text("decidedBy"), in.optText("caseReference"), in.optPartialDate("decidedOn"),
        in.optText("scope"));
  }

  /** Writes a tally. */
  public static ObjectNode write(se.participation.api.Tally tally) {
    ObjectNode node = object().put("kind", tally.kind().name()).put("what", tally.what())
        .put("count", tally.count().value());
    if (tally.count().approximate()) {
      node.put("approximate", true);
    }
    put(node, "wording", tally.count().wording());
    put(node, "meeting", tally.meeting().map(se.participation.api.MeetingId::value));
    put(node, "group", tally.group().map(TargetGroupId::value));
    put(node, "theme", tally.theme());
    put(node, "proposal", tally.proposal().map(se.participation.api.ProposalId::value));
    return node;
  }

  /** Reads a tally. */
  public static se.participation.api.Tally tally(In in) {
    return new se.participation.api.Tally(in.constant("kind", se.participation.api.TallyKind.class), in.text("what"),
        new se.participation.api.Count(in.intValue("count", 0, Integer.MAX_VALUE), in.bool("approximate", false), in.optText("wording")),
        in.optText("meeting").map(se.participation.api.MeetingId::of), in.optText("group").map(TargetGroupId::of),
        in.optText("theme"), in.optText("proposal").map(se.participation.api.ProposalId::of));
  }
  // ---- sortitions ----

  /** Puts a count as {@code name}, with {@code approximate} and {@code wording} beside it when it has them. */
  static void putCount(ObjectNode node, String name, se.participation.api.Count count) {
    node.put(name, count.value());
    if (count.approximate()) {
      node.put("approximate", true);
    }
    put(node, "wording", count.wording());
  }

  /** Reads a count written by {@link #putCount}. */
  static se.participation.api.Count count(In in, String name) {
    return new se.participation.api.Count(in.intValue(name, 0, Integer.MAX_VALUE), in.bool("approximate", false),
        in.optText("wording"));
  }

  /** Writes a pool. */
  public static ObjectNode write(se.participation.api.Sortition.Pool pool) {
    ObjectNode node = object();
    putCount(node, "volunteers", pool.volunteers());
    if (!pool.counts().isEmpty()) {
      ObjectNode counts = node.putObject("counts");
      pool.counts().forEach((category, features) -> {
        ObjectNode of = counts.putObject(category);
        features.forEach(of::put);
      });
    }
    return node;
  }

  /** Reads a pool. */
  public static se.participation.api.Sortition.Pool pool(In in) {
    se.participation.api.Count volunteers = count(in, "volunteers");
    java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
    if (in.has("counts")) {
      In categories = in.nested("counts");
      for (String category : categories.fieldNames()) {
        In features = categories.nested(category);
        java.util.Map<String, Integer> of = new java.util.LinkedHashMap<>();
        for (String feature : features.fieldNames()) {
          of.put(feature, features.intValue(feature, 0, Integer.MAX_VALUE));
        }
        counts.put(category, of);
      }
    }
    return new se.participation.api.Sortition.Pool(volunteers, counts);
  }

  /** Writes a seat. */
  public static ObjectNode write(se.participation.api.Sortition.Seat seat) {
    ObjectNode node = object().put("member", seat.member().value());
    ObjectNode features = node.putObject("features");
    seat.features().forEach(features::put);
    return node;
  }

  /** Reads a seat. */
  public static se.participation.api.Sortition.Seat seat(In in) {
    ParticipantId member = ParticipantId.of(in.text("member"));
    java.util.Map<String, String> features = new java.util.LinkedHashMap<>();
    if (in.has("features")) {
      In of = in.nested("features");
      for (String category : of.fieldNames()) {
        features.put(category, of.text(category));
      }
    }
    return new se.participation.api.Sortition.Seat(member, features);
  }

  /** Writes a panel as drawn. */
  public static ObjectNode write(se.participation.api.Sortition.Panel panel) {
    ObjectNode node = object();
    putObjects(node, "quotas", panel.quotas(), q -> object().put("category", q.category()).put("feature", q.feature())
        .put("min", q.min()).put("max", q.max()));
    node.set("seats", objects(panel.seats(), Codec::write));
    put(node, "method", panel.method());
    put(node, "seed", panel.seed());
    if (panel.minimumProbability().isPresent()) {
      node.put("minimumProbability", panel.minimumProbability().getAsDouble());
    }
    node.put("reserves", panel.reserves());
    return node;
  }

  /** Reads a panel as drawn. */
  public static se.participation.api.Sortition.Panel panel(In in) {
    return new se.participation.api.Sortition.Panel(
        in.objects("quotas", q -> new se.participation.api.Sortition.Quota(q.text("category"), q.text("feature"),
            q.intValue("min", 0, Integer.MAX_VALUE), q.intValue("max", 0, Integer.MAX_VALUE))),
        in.objects("seats", Codec::seat), in.optText("method"), in.optText("seed"),
        in.optDouble("minimumProbability", 0, 1), in.optInt("reserves").orElse(0));
  }

  /** Writes a sortition as the process holds it. */
  public static ObjectNode write(se.participation.api.Sortition sortition) {
    ObjectNode node = object().put("id", sortition.id().value());
    putObjects(node, "invitations", sortition.invitations(), wave -> {
      ObjectNode w = object().put("at", wave.at().toString());
      putCount(w, "invited", wave.invited());
      put(w, "frame", wave.frame());
      return w;
    });
    sortition.pool().ifPresent(p -> node.set("pool", write(p)));
    sortition.panel().ifPresent(p -> node.set("panel", write(p)));
    put(node, "drawnAt", sortition.drawnAt());
    putObjects(node, "replacements", sortition.replacements(), Codec::write);
    return node;
  }

  /** Writes a replacement. */
  public static ObjectNode write(se.participation.api.Sortition.Replacement replacement) {
    ObjectNode node = object().put("at", replacement.at().toString()).put("left", replacement.left().value());
    replacement.replacement().ifPresent(s -> node.set("replacement", write(s)));
    return node.put("reason", replacement.reason());
  }

  /** Reads a replacement. */
  public static se.participation.api.Sortition.Replacement replacement(In in) {
    return new se.participation.api.Sortition.Replacement(in.instant("at"), ParticipantId.of(in.text("left")),
        in.optObject("replacement", Codec::seat), in.text("reason"));
  }

  /** Reads a wave of invitations. */
  public static se.participation.api.Sortition.Invitation invitation(In in) {
    return new se.participation.api.Sortition.Invitation(in.instant("at"), count(in, "invited"), in.optText("frame"));
  }

  /** Reads a sortition as the process holds it. */
  public static se.participation.api.Sortition sortition(In in) {
    return new se.participation.api.Sortition(se.participation.api.SortitionId.of(in.text("id")),
        in.objects("invitations", Codec::invitation), in.optObject("pool", Codec::pool), in.optObject("panel", Codec::panel),
        in.optInstant("drawnAt"), in.objects("replacements", Codec::replacement));
  }
}
