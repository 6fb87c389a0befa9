// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import se.participation.api.ActorId;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.ContactDetails;
import se.participation.api.CriterionAssessment;
import se.participation.api.CriterionResult;
import se.participation.api.EngagementLevel;
import se.participation.api.GroupReach;
import se.participation.api.Lesson;
import se.participation.api.LineageStep;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.PartTransition;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.ProcessStatus;
import se.participation.api.Proposal;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.Quadrant;
import se.participation.api.QuadrantReach;
import se.participation.api.RepresentationAnalysis;
import se.participation.api.Severity;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.TargetGroupId;
import se.participation.api.Undocumented;
import se.participation.api.rule.Finding;
import se.participation.api.rule.RuleId;
import se.participation.api.text.LocalizedText;

/** Reads and writes the process state, proposals with lineage, findings and evaluations. */
public final class StateCodec {
  private StateCodec() {}

  /** A text as an object of its wordings by language tag: {@code {"sv": …, "en": …, "fi": …}}. */
  static ObjectNode write(LocalizedText text) {
    ObjectNode node = Codec.object();
    for (java.util.Locale language : text.languages()) {
      node.put(language.toLanguageTag(), text.exactly(language).orElseThrow());
    }
    return node;
  }

  /** A text from an object of wordings by language tag; Swedish ({@code sv}) is required. */
  static LocalizedText text(In in) {
    java.util.Map<java.util.Locale, String> wordings = new java.util.LinkedHashMap<>();
    wordings.put(LocalizedText.SWEDISH, in.text("sv"));
    for (String tag : in.fieldNames()) {
      if (!tag.equals("sv")) {
        java.util.Locale language;
        try {
          language = new java.util.Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
          throw new IllegalArgumentException("\"" + tag + "\" is not a language tag such as sv, en or fi");
        }
        wordings.put(language, in.text(tag));
      }
    }
    return LocalizedText.of(wordings);
  }

  /** Writes a lineage step. */
  public static ObjectNode write(LineageStep step) {
    ObjectNode node = Codec.object().put("status", step.status().name()).put("actor", step.actor().value()).put("at", step.at().toString());
    Codec.put(node, "reason", step.reason());
    Codec.putTexts(node, "related", step.related());
    Codec.put(node, "recipient", step.recipient());
    Codec.putTexts(node, "coDeciders", step.coDeciders().stream().map(ParticipantId::value).sorted().toList());
    return node;
  }

  static LineageStep step(In in) {
    return LineageStep.builder().status(in.constant("status", ProposalStatus.class)).actor(ActorId.of(in.text("actor")))
        .at(in.instant("at")).reason(in.optText("reason")).related(Codec.ids(in, "related", ProposalId::of)).recipient(in.optText("recipient"))
        .coDeciders(Codec.ids(in, "coDeciders", ParticipantId::of)).build();
  }

  /** Writes a proposal with its lineage. */
  public static ObjectNode write(Proposal proposal) {
    ObjectNode node = Codec.write(ProposalDraft.builder().from(proposal).build());
    node.set("lineage", Codec.objects(proposal.lineage(), StateCodec::write));
    return node;
  }

  /** Reads a proposal with its lineage. */
  public static Proposal proposal(In in) {
    in.known("lineage");
    ProposalDraft draft = Codec.proposal(in);
    return Proposal.builder().from(draft).lineage(in.objects("lineage", StateCodec::step)).build();
  }

  /** Writes a finding. */
  public static ObjectNode write(Finding finding) {
    ObjectNode node = Codec.object().put("ruleId", finding.ruleId().value()).put("part", finding.part().name())
        .put("severity", finding.severity().name());
    node.set("message", write(finding.message()));
    finding.advice().ifPresent(a -> node.set("advice", write(a)));
    Codec.put(node, "subject", finding.subject());
    if (finding.documentationGap()) {
      node.put("documentationGap", true);
    }
    return node;
  }

  /** Reads a finding. */
  public static Finding finding(In in) {
    return Finding.builder().ruleId(RuleId.of(in.text("ruleId"))).part(in.constant("part", Part.class))
        .severity(in.constant("severity", Severity.class)).message(in.object("message", StateCodec::text))
        .advice(in.optObject("advice", StateCodec::text)).subject(in.optText("subject"))
        .documentationGap(in.bool("documentationGap", false)).build();
  }

  /** Writes an evaluation. */
  public static ObjectNode write(SuccessEvaluation evaluation) {
    ObjectNode node = Codec.object().put("process", evaluation.process().value()).put("version", evaluation.version());
    node.set("assessments", Codec.objects(evaluation.assessments().values(), a -> {
      ObjectNode n = Codec.object().put("criterion", a.criterion().name()).put("result", a.result().name())
          .put("achieved", a.achieved()).put("outOf", a.outOf());
      n.set("evidence", Codec.objects(a.evidence(), StateCodec::write));
      return n;
    }));
    RepresentationAnalysis r = evaluation.representation();
    ObjectNode representation = node.putObject("representation");
    representation.set("groups", Codec.objects(r.groups(), g -> {
      ObjectNode n = Codec.object().put("group", g.group().value()).put("name", g.name()).put("quadrant", g.quadrant().name()).put("came", g.came());
      if (g.mirrorsPopulation()) {
        n.put("mirrorsPopulation", true);
      }
      g.planned().ifPresent(p -> n.put("planned", p));
      return n;
    }));
    representation.set("quadrants", Codec.objects(r.quadrants(), q -> Codec.object().put("quadrant", q.quadrant().name())
        .put("plannedGroups", q.plannedGroups()).put("reachedGroups", q.reachedGroups()).put("planned", q.planned()).put("came", q.came())));
    representation.set("missingGroups", Codec.texts(r.missingGroups()));
    representation.set("missingQuadrants", Codec.texts(r.missingQuadrants().stream().map(Enum::name).sorted().toList()));
    Codec.putObjects(representation, "quotas", r.quotas(), q -> Codec.object().put("sortition", q.sortition().value())
        .put("category", q.category()).put("feature", q.feature()).put("min", q.min()).put("max", q.max())
        .put("seated", q.seated()).put("met", q.met()));
    Codec.putObjects(node, "participantAnswers", evaluation.participantAnswers(), Codec::write);
    Codec.putObjects(node, "lessons", evaluation.lessons(), StateCodec::write);
    return node;
  }

  static ObjectNode write(Lesson lesson) {
    return Codec.object().put("text", lesson.text()).put("by", lesson.recordedBy().value()).put("at", lesson.at().toString());
  }

  static Lesson lesson(In in) {
    return new Lesson(in.text("text"), ActorId.of(in.text("by")), in.instant("at"));
  }

  /** Reads an evaluation. */
  public static SuccessEvaluation evaluation(In in) {
    Map<SuccessCriterion, CriterionAssessment> assessments = new LinkedHashMap<>();
    for (CriterionAssessment a : in.objects("assessments", x -> CriterionAssessment.builder()
        .criterion(x.constant("criterion", SuccessCriterion.class)).result(x.constant("result", CriterionResult.class))
        .achieved(x.optInt("achieved").orElse(0)).outOf(x.optInt("outOf").orElse(0))
        .evidence(x.objects("evidence", StateCodec::text)).build())) {
      assessments.put(a.criterion(), a);
    }
    RepresentationAnalysis representation = in.object("representation", r -> RepresentationAnalysis.builder()
        .groups(r.objects("groups", g -> new GroupReach(TargetGroupId.of(g.text("group")), g.text("name"),
            g.constant("quadrant", Quadrant.class), g.optInt("planned"), g.optInt("came").orElse(0),
            g.bool("mirrorsPopulation", false))))
        .quadrants(r.objects("quadrants", q -> new QuadrantReach(q.constant("quadrant", Quadrant.class),
            q.optInt("plannedGroups").orElse(0), q.optInt("reachedGroups").orElse(0), q.optInt("planned").orElse(0), q.optInt("came").orElse(0))))
        .missingGroups(Codec.ids(r, "missingGroups", TargetGroupId::of))
        .missingQuadrants(r.texts("missingQuadrants").stream().map(Quadrant::valueOf).toList())
        .quotas(r.objects("quotas", q -> {
          q.known("met"); // derived from the numbers
          return new se.participation.api.QuotaReach(se.participation.api.SortitionId.of(q.text("sortition")),
              q.text("category"), q.text("feature"), q.intValue("min", 0, Integer.MAX_VALUE),
              q.intValue("max", 0, Integer.MAX_VALUE), q.intValue("seated", 0, Integer.MAX_VALUE));
        }))
        .build());
    return SuccessEvaluation.builder().process(ProcessId.of(in.text("process"))).version(in.longValue("version"))
        .assessments(assessments).representation(representation)
        .participantAnswers(in.objects("participantAnswers", Codec::evaluationAnswer))
        .lessons(in.objects("lessons", StateCodec::lesson)).build();
  }

  /** Writes the state of a process. */
  public static ObjectNode write(ParticipationProcess p) {
    ObjectNode node = Codec.object().put("id", p.id().value()).put("version", p.version()).put("title", p.title())
        .put("question", p.question()).put("owner", p.owner().value()).put("startedAt", p.startedAt().toString())
        .put("updatedAt", p.updatedAt().toString())
        .put("status", p.status().name()).put("part", p.part().name()).put("intendedLevel", p.intendedLevel().name())
        .put("dialogue", p.dialogue());
    Codec.putObjects(node, "decisionAnswers", p.decisionAnswers().values(), Codec::write);
    Codec.putObjects(node, "answerHistory", p.answerHistory(), Codec::write);
    Codec.put(node, "nonDialogueReason", p.nonDialogueReason());
    Codec.put(node, "nonDialogueLevel", p.nonDialogueLevel());
    node.set("plan", Codec.write(p.plan()));
    Codec.putObjects(node, "participants", p.participants().values(), Codec::write);
    Codec.putObjects(node, "contacts", p.contacts().values(), c -> Codec.write(c).put("participant", c.participant().value()));
    Codec.putObjects(node, "meetings", p.meetings().values(), Codec::write);
    Codec.putObjects(node, "proposals", p.proposals().values(), StateCodec::write);
    Codec.putObjects(node, "offTopicMatters", p.offTopicMatters().values(), Codec::write);
    Codec.putObjects(node, "feedback", p.feedback(), Codec::write);
    Codec.putObjects(node, "evaluationAnswers", p.evaluationAnswers(), Codec::write);
    Codec.putObjects(node, "lessons", p.lessons(), StateCodec::write);
    Codec.putObjects(node, "transitions", p.transitions(), t -> Codec.object().put("from", t.from().name())
        .put("to", t.to().name()).put("by", t.by().value()).put("at", t.at().toString()));
    Codec.put(node, "withdrawalReason", p.withdrawalReason());
    p.mandate().ifPresent(m -> node.set("mandate", Codec.write(m)));
    Codec.putObjects(node, "grants", p.grants().entrySet(), g -> {
      ObjectNode grant = Codec.object().put("actor", g.getKey().value());
      Codec.putTexts(grant, "roles", g.getValue().stream().sorted().map(Enum::name).toList());
      return grant;
    });
    Codec.putObjects(node, "undocumented", p.undocumented().values(), StateCodec::write);
    Codec.putObjects(node, "tallies", p.tallies(), Codec::write);
    Codec.putObjects(node, "sortitions", p.sortitions().values(), Codec::write);
    return node;
  }

  /** Writes a mark that a checklist question is not documented. */
  public static ObjectNode write(Undocumented mark) {
    ObjectNode node = Codec.object().put("question", mark.question().id());
    Codec.put(node, "note", mark.note());
    return node.put("by", mark.by().value()).put("at", mark.at().toString());
  }

  static Undocumented undocumented(In in) {
    return new Undocumented(in.constant("question", ChecklistQuestion.class, ChecklistQuestion::id), in.optText("note"),
        ActorId.of(in.text("by")), in.instant("at"));
  }

  /** Reads the state of a process. */
  public static ParticipationProcess process(In in) {
    Map<ChecklistQuestion, ChecklistAnswer> answers = new LinkedHashMap<>();
    in.objects("decisionAnswers", Codec::answer).forEach(a -> answers.put(a.question(), a));
    Map<ParticipantId, Participant> participants = new LinkedHashMap<>();
    in.objects("participants", Codec::participant).forEach(x -> participants.put(x.id(), x));
    Map<ParticipantId, ContactDetails> contacts = new LinkedHashMap<>();
    in.objects("contacts", c -> {
      c.known("participant");
      return Codec.contact(c, ParticipantId.of(c.text("participant")));
    }).forEach(c -> contacts.put(c.participant(), c));
    Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();
    in.objects("meetings", Codec::meeting).forEach(m -> meetings.put(m.id(), m));
    Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    in.objects("proposals", StateCodec::proposal).forEach(x -> proposals.put(x.id(), x));
    Map<OffTopicId, OffTopicMatter> matters = new LinkedHashMap<>();
    in.objects("offTopicMatters", Codec::offTopic).forEach(m -> matters.put(m.id(), m));
    return ParticipationProcess.builder().id(ProcessId.of(in.text("id"))).version(in.longValue("version"))
        .title(in.text("title")).question(in.text("question")).owner(ActorId.of(in.text("owner")))
        .startedAt(in.instant("startedAt")).updatedAt(in.optInstant("updatedAt").orElse(in.instant("startedAt"))).status(in.constant("status", ProcessStatus.class))
        .part(in.constant("part", Part.class)).intendedLevel(in.constant("intendedLevel", EngagementLevel.class))
        .dialogue(in.bool("dialogue", true)).decisionAnswers(answers)
        .answerHistory(in.objects("answerHistory", Codec::answer))
        .nonDialogueReason(in.optText("nonDialogueReason")).nonDialogueLevel(in.optConstant("nonDialogueLevel", EngagementLevel.class))
        .plan(in.object("plan", Codec::plan)).participants(participants).contacts(contacts).meetings(meetings)
        .proposals(proposals).offTopicMatters(matters).feedback(in.objects("feedback", Codec::feedback))
        .evaluationAnswers(in.objects("evaluationAnswers", Codec::evaluationAnswer))
        .lessons(in.objects("lessons", StateCodec::lesson))
        .transitions(in.objects("transitions", t -> new PartTransition(t.constant("from", Part.class), t.constant("to", Part.class),
            ActorId.of(t.text("by")), t.instant("at"))))
        .withdrawalReason(in.optText("withdrawalReason")).mandate(in.optObject("mandate", Codec::mandate))
        .grants(grants(in))
        .undocumented(undocumented(in.objects("undocumented", StateCodec::undocumented)))
        .tallies(in.objects("tallies", Codec::tally)).sortitions(sortitions(in)).build();
  }

  private static Map<se.participation.api.SortitionId, se.participation.api.Sortition> sortitions(In in) {
    Map<se.participation.api.SortitionId, se.participation.api.Sortition> sortitions = new LinkedHashMap<>();
    in.objects("sortitions", Codec::sortition).forEach(x -> sortitions.put(x.id(), x));
    return sortitions;
  }

  private static Map<ActorId, java.util.Set<se.participation.api.ActorRole>> grants(In in) {
    Map<ActorId, java.util.Set<se.participation.api.ActorRole>> grants = new LinkedHashMap<>();
    in.objects("grants", g -> {
      grants.put(ActorId.of(g.text("actor")), java.util.Set.copyOf(Codec.constants(g, "roles", se.participation.api.ActorRole.class)));
      return g;
    });
    return grants;
  }

  private static Map<ChecklistQuestion, Undocumented> undocumented(java.util.List<Undocumented> marks) {
    Map<ChecklistQuestion, Undocumented> map = new LinkedHashMap<>();
    marks.forEach(m -> map.put(m.question(), m));
    return map;
  }
}
