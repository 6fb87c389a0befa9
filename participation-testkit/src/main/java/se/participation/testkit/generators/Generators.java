// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.participation.api.Activity;
import se.participation.api.Affectedness;
import se.participation.api.AgendaItem;
import se.participation.api.CommunicationPlan;
import se.participation.api.Consent;
import se.participation.api.ContactDetails;
import se.participation.api.Coordination;
import se.participation.api.DateRange;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationPlan;
import se.participation.api.ExpectedResult;
import se.participation.api.Facilitation;
import se.participation.api.Facilitator;
import se.participation.api.FeedbackPlan;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.MeetingFormat;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.PoliticianInvolvement;
import se.participation.api.ProposalKind;
import se.participation.api.ResidentInvolvement;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.Timeline;
import se.participation.api.command.Command;
import se.participation.core.ProcessEngine;
import se.participation.testkit.property.Gen;

/**
 * Generators of the SDK's domain: plans, target groups, participants, processes at each part,
 * commands and command runs. All texts they produce are placeholders, not realistic content.
 */
public final class Generators {
  private static final Instant EPOCH = Instant.parse("2024-01-01T08:00:00Z");

  private Generators() {}

  /** A dialogue level: RESONEMANG, DELAKTIGHET or MEDSKAPANDE. */
  public static Gen<EngagementLevel> dialogueLevels() {
    return Gen.elementOf(EngagementLevel.RESONEMANG, EngagementLevel.DELAKTIGHET, EngagementLevel.MEDSKAPANDE);
  }

  /**
   * Target groups spread over the four quadrants of the representation model, with the given
   * ids; hard-to-reach groups and groups in the priority quadrant (highly affected, low
   * activity: "extra krut på att nå") always have an outreach measure.
   */
  public static Gen<TargetGroup> targetGroup(String id) {
    return source -> {
      Activity activity = Gen.elementOf(Activity.values()).generate(source);
      Affectedness affectedness = Gen.elementOf(Affectedness.values()).generate(source);
      boolean hard = activity == Activity.LOW && source.drawBoolean(0.7);
      TargetGroup.Builder group = TargetGroup.builder()
          .id(TargetGroupId.of(id))
          .name("Grupp " + id)
          .activity(activity)
          .affectedness(affectedness)
          .hardToReach(hard);
      if (hard || (activity == Activity.LOW && affectedness == Affectedness.HIGH)) {
        group.addOutreach("Uppsökande insats för " + id);
      }
      if (!(activity == Activity.LOW && affectedness == Affectedness.HIGH) && source.drawBoolean(0.15)) {
        group.mirrorsPopulation(true); // a panel drawn to reflect the population
      }
      if (source.drawBoolean(0.6)) {
        group.plannedParticipants(Gen.integers(1, 10).generate(source));
      }
      return group.build();
    };
  }

  static TargetGroup nonPriorityGroup() {
    return TargetGroup.builder().id(TargetGroupId.of("aktiva")).name("Aktiva")
        .activity(Activity.HIGH).affectedness(Affectedness.HIGH).build();
  }

  /**
   * Complete plans that satisfy every planning rule of the handbook, at a random dialogue level,
   * with one to four target groups (the priority quadrant addressed or its absence argued), a
   * timeline whose parts follow each other, and what DELAKTIGHET and MEDSKAPANDE require.
   */
  public static Gen<Plan> plans() {
    return source -> {
      EngagementLevel level = dialogueLevels().generate(source);
      int groupCount = Gen.integers(1, 4).generate(source);
      List<TargetGroup> groups = new ArrayList<>();
      for (int i = 0; i < groupCount; i++) {
        groups.add(targetGroup("g" + i).generate(source));
      }
      Plan.Builder plan = Plan.builder()
          .purpose("Syfte")
          .phrasedQuestion("Frågan")
          .promisedLevel(level)
          .timeline(timeline().generate(source))
          .method("Metod")
          .addResponsible("Ansvarig")
          .coordination(new Coordination(List.of(), "Ingen annan berörs"))
          .targetGroups(groups)
          .politicians(new PoliticianInvolvement(source.drawBoolean(0.5), "Politikernas del"))
          .facilitator(new Facilitator(Gen.elementOf(Facilitation.values()).generate(source), "Samtalsledare"))
          .communication(new CommunicationPlan("Internt", "Externt"))
          .offTopicHandling("Sidofrågor skickas vidare")
          .risks("Risker")
          .documentation("Anteckningar")
          .compilation("Sammanställning")
          .feedback(FeedbackPlan.builder().how("Återkoppling per e-post").addChannel("e-post").build())
          .evaluation(EvaluationPlan.builder().residentsEvaluate(source.drawBoolean(0.5))
              .whatAndHow("Utvärdering").sharing("Delas med kollegor").build())
          .expectedResult(ExpectedResult.builder().description("Förslag").kind(ProposalKind.GOAL)
              .minimumProposals(Gen.integers(1, 3).generate(source)).withMeasurement(source.drawBoolean(0.5)).build())
          .plannedOccasions(level == EngagementLevel.DELAKTIGHET ? Gen.integers(2, 4).generate(source) : Gen.integers(1, 3).generate(source));
      int questions = Gen.integers(1, 3).generate(source);
      for (int i = 0; i < questions; i++) {
        plan.addQuestion(PlannedQuestion.of("q" + i, "Fråga " + i, "Användning " + i));
      }
      if (groups.stream().noneMatch(g -> g.quadrant().isPriority())) {
        plan.priorityQuadrantAbsence("Ingen grupp är både högt berörd och lågt aktiv i frågan");
      }
      if (level == EngagementLevel.MEDSKAPANDE) {
        plan.residentInvolvement(EnumSet.allOf(ResidentInvolvement.class));
      }
      return plan.build();
    };
  }

  /** Complete plans with one chosen defect, which the handbook's rules must catch. */
  public static Gen<Plan> plansWith(PlanDefect defect) {
    return plans().map(defect::applyTo);
  }

  /** A timeline with a period for each part, each starting after the previous one ends. */
  public static Gen<Timeline> timeline() {
    return source -> {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(Gen.integers(0, 365).generate(source));
      Timeline timeline = Timeline.empty();
      for (Part part : Part.values()) {
        LocalDate end = day.plusDays(Gen.integers(1, 60).generate(source));
        timeline = timeline.with(part, DateRange.of(day, end));
        day = end.plusDays(Gen.integers(0, 14).generate(source));
      }
      return timeline;
    };
  }

  /**
   * Participants spread over the plan's target groups and roles: named ones with consent,
   * pseudonymous ones, and anonymous ones reachable through a channel. The first is a resident.
   */
  public static Gen<List<Participant>> participants(Plan plan, int maxCount) {
    List<TargetGroupId> groups = plan.targetGroups().stream().map(TargetGroup::id).toList();
    return source -> {
      int count = Gen.integers(1, Math.max(1, maxCount)).generate(source);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ParticipantRole role = i == 0 ? ParticipantRole.RESIDENT : Gen.elementOf(ParticipantRole.values()).generate(source);
        IdentityMode identity = role == ParticipantRole.RESIDENT
            ? Gen.elementOf(IdentityMode.NAMED, IdentityMode.PSEUDONYMOUS, IdentityMode.ANONYMOUS).generate(source)
            : IdentityMode.NAMED;
        Participant.Builder participant = Participant.builder()
            .id(ParticipantId.of("p" + i)).role(role).identity(identity);
        if (!groups.isEmpty() && (role == ParticipantRole.RESIDENT || role == ParticipantRole.ASSOCIATION_REPRESENTATIVE)) {
          participant.addTargetGroup(Gen.elementOf(groups).generate(source));
        }
        if (role == ParticipantRole.ASSOCIATION_REPRESENTATIVE) {
          participant.association("Förening " + i);
        }
        switch (identity) {
          case NAMED -> participant.consent(new Consent(EPOCH, "Återkoppling"));
          case PSEUDONYMOUS -> participant.pseudonym("Signatur " + i).feedbackChannel("kanal-" + i);
          case ANONYMOUS -> participant.feedbackChannel("kod-" + i);
          case COLLECTIVE -> throw new AssertionError("a participant is never collective");
        }
        participants.add(participant.build());
      }
      return participants;
    };
  }

  /** Contact details for a named participant. */
  static ContactDetails contact(ParticipantId id) {
    // Personal data that erasure must remove: a name, a mail address, a telephone number.
    int n = Math.floorMod(id.value().hashCode(), 100);
    return ContactDetails.builder().participant(id).name("Förnamn" + n + " Efternamn" + n)
        .email("person." + id.value() + "@example.org").phone("070-123 45 " + String.format(java.util.Locale.ROOT, "%02d", n))
        .build();
  }

  /** A meeting, in person (with a detailed schedule) or digital. */
  static Gen<Meeting> meeting(String id, LocalDate day) {
    return source -> {
      MeetingFormat format = Gen.elementOf(MeetingFormat.values()).generate(source);
      Meeting.Builder meeting = Meeting.builder().id(MeetingId.of(id)).title("Möte " + id).format(format)
          .start(LocalDateTime.of(day, LocalTime.of(17, 0))).end(LocalDateTime.of(day, LocalTime.of(19, 0)));
      if (format != MeetingFormat.DIGITAL) {
        meeting.location("Lokal").addAgenda(new AgendaItem(LocalTime.of(17, 0), "Inledning"))
            .addAgenda(new AgendaItem(LocalTime.of(17, 30), "Samtal"));
      }
      return meeting.build();
    };
  }

  /**
   * Valid processes that have reached the given part, with random plans, participants, meetings,
   * proposals and lineages; at {@link Part#BESLUT} every decision question is answered yes; at
   * {@link Part#UTVARDERING} the evaluation is recorded but the process is not closed. The process has no blocking finding for its current part.
   */
  public static Gen<ParticipationProcess> processesAt(Part part) {
    return ProcessScript.upTo(part, false).map(ProcessScript.Recorded::process);
  }

  /** Valid, complete processes, evaluated and closed, with their event histories. */
  public static Gen<ProcessScript.Recorded> closedProcesses() {
    return ProcessScript.upTo(Part.UTVARDERING, true);
  }

  /**
   * Any command for a process (or a start command when there is none): every type, actors of any
   * role, mostly the current version and sometimes a stale one, mostly known ids and sometimes
   * unknown ones. Many are refused; that is the point.
   */
  public static Gen<Command> commands(@Nullable ParticipationProcess process, Instant at) {
    return Commands.arbitrary(process, at);
  }

  /**
   * Random runs of up to {@code maxSteps} commands through the engine, from the start of a
   * process: mostly commands that move it on, some arbitrary ones. For stateful tests, check
   * invariants over {@link CommandRun#steps()}.
   */
  public static Gen<CommandRun> commandRuns(ProcessEngine engine, int maxSteps) {
    return CommandRun.generator(engine, maxSteps);
  }

  static Instant epoch() {
    return EPOCH;
  }
}
