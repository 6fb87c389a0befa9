// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.ChecklistQuestion;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.GroupId;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.ProcessId;
import se.participation.api.Proposal;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.ProposalStatus;
import se.participation.api.QuestionId;
import se.participation.api.SmallGroup;
import se.participation.api.command.Command;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.testkit.ProcessRecorder;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Source;

/** Records a random valid process through the engine, part by part. */
public final class ProcessScript {
  static final Actor OWNER = Actor.of("agare", ActorRole.PROCESS_OWNER);
  static final Actor FACILITATOR = Actor.of("samtalsledare", ActorRole.FACILITATOR);
  static final Actor ADMINISTRATION = Actor.of("forvaltning", ActorRole.ADMINISTRATION);
  static final Actor COMMITTEE = Actor.of("namnd", ActorRole.COMMITTEE);
  static final Actor COUNCIL = Actor.of("fullmaktige", ActorRole.COUNCIL);

  private ProcessScript() {}

  /**
   * A recorded process and its event history.
   *
   * @param process the process
   * @param history its events, oldest first
   */
  public record Recorded(ParticipationProcess process, List<Event> history) {
    /** Copies the history. */
    public Recorded {
      history = List.copyOf(history);
    }
  }

  static Gen<Recorded> upTo(Part last, boolean close) {
    return source -> new Run(source).upTo(last, close);
  }

  private static final class Run {
    private final Source source;
    private final ProcessRecorder recorder =
        new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), ProcessId.of("generated"));
    private Instant now = Generators.epoch();

    Run(Source source) {
      this.source = source;
    }

    private ProcessRecorder next() {
      now = now.plusSeconds(60 + 60 * source.draw(60 * 24));
      return recorder.at(now);
    }

    /** The recorder at the end of a meeting, or later: a meeting is recorded as held once it has ended. */
    private ProcessRecorder after(Meeting meeting) {
      Instant end = meeting.end().atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant();
      if (end.isAfter(now)) {
        now = end;
      }
      return next();
    }

    private ParticipationProcess process() {
      return recorder.process();
    }

    /**
     * A panel drawn by lot among the registered residents: invitations, the pool, the draw against
     * gender quotas, and sometimes a member who leaves, replaced by a reserve or not.
     */
    private void sortition() {
      List<ParticipantId> residents = process().participants().values().stream()
          .filter(p -> p.role() == ParticipantRole.RESIDENT).map(Participant::id).toList();
      if (residents.size() < 2) {
        return;
      }
      se.participation.api.SortitionId lot = se.participation.api.SortitionId.of("lottning");
      int invited = 100 + (int) source.draw(5000);
      next().run(FACILITATOR, c -> new Command.RecordInvitations(c, lot, se.participation.api.Count.exactly(invited),
          Optional.of("Folkbokförda")));
      int seated = 1 + (int) source.draw(residents.size() - 1);
      List<se.participation.api.Sortition.Seat> seats = new java.util.ArrayList<>();
      int women = 0;
      for (int i = 0; i < seated; i++) {
        String gender = source.drawBoolean(0.5) ? "kvinna" : "man";
        women += gender.equals("kvinna") ? 1 : 0;
        seats.add(new se.participation.api.Sortition.Seat(residents.get(i), java.util.Map.of("kön", gender)));
      }
      int pool = seated + 1 + (int) source.draw(invited - seated);
      next().run(FACILITATOR, c -> new Command.RecordPool(c, lot, se.participation.api.Sortition.Pool.of(
          se.participation.api.Count.exactly(pool))));
      int lower = Math.max(0, women - (int) source.draw(2));
      List<se.participation.api.Sortition.Quota> quotas = List.of(
          new se.participation.api.Sortition.Quota("kön", "kvinna", Math.min(lower, seated), seated),
          new se.participation.api.Sortition.Quota("kön", "man", 0, seated));
      se.participation.api.Sortition.Panel panel = new se.participation.api.Sortition.Panel(quotas, seats,
          Optional.of("LEXIMIN"), Optional.of("frö " + source.draw(1000)), java.util.OptionalDouble.of(seated / (double) pool),
          residents.size() - seated);
      next().run(FACILITATOR, c -> new Command.RecordPanelDraw(c, lot, panel));
      if (seated < residents.size() && source.drawBoolean(0.5)) {
        Optional<se.participation.api.Sortition.Seat> reserve = source.drawBoolean(0.7)
            ? Optional.of(new se.participation.api.Sortition.Seat(residents.get(seated), java.util.Map.of("kön", "man")))
            : Optional.empty();
        ParticipantId left = residents.get(0);
        next().run(FACILITATOR, c -> new Command.ReplacePanelMember(c, lot, left, reserve, "Avböjde"));
      }
    }

    Recorded upTo(Part last, boolean close) {
      Plan plan = Generators.plans().generate(source);
      next().run(OWNER, c -> new Command.StartProcess(c, "Process", "Frågan", plan.promisedLevel().orElseThrow()));
      recorder.grant(OWNER, FACILITATOR, ADMINISTRATION, COMMITTEE, COUNCIL);
      for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
        next().run(OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
      }
      if (source.drawBoolean(0.8)) {
        se.participation.api.Mandate mandate = se.participation.api.Mandate.by("Nämnden");
        se.participation.api.Mandate recorded = source.drawBoolean(0.5) ? mandate.withCaseReference("SN 2024/" + source.draw(500)) : mandate;
        next().run(OWNER, c -> new Command.RecordMandate(c, recorded));
      }
      if (last == Part.BESLUT) {
        return recorded();
      }
      next().run(OWNER, Command.ProceedWithDialogue::new);
      next().run(OWNER, c -> new Command.RecordPlan(c, plan));
      for (Participant participant : Generators.participants(plan, 8).generate(source)) {
        Optional<se.participation.api.ContactDetails> contact = participant.identity() == IdentityMode.NAMED
            ? Optional.of(Generators.contact(participant.id())) : Optional.empty();
        next().run(FACILITATOR, c -> new Command.RegisterParticipant(c, participant, contact));
      }
      if (source.drawBoolean(0.3)) {
        sortition();
      }
      int meetings = plan.plannedOccasions().orElse(1);
      // Dialogue meetings in Genomförande, but never before the clock (a record's meetings come
      // after the planning that precedes them): a few days from now at the earliest.
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      LocalDate planned = plan.timeline().period(Part.GENOMFORANDE).orElseThrow().start();
      LocalDate day = planned.isAfter(today.plusDays(6)) ? planned : today.plusDays(6);
      for (int i = 0; i < meetings; i++) {
        Meeting meeting = Generators.meeting("m" + i, day.plusDays(i)).generate(source);
        next().run(FACILITATOR, c -> new Command.ScheduleMeeting(c, meeting));
      }
      if (plan.promisedLevel().filter(l -> l == se.participation.api.EngagementLevel.MEDSKAPANDE).isPresent()
          || source.drawBoolean(0.2)) {
        // Residents identify the problem and plan the work with the city, before the plan is approved.
        LocalDate planning = today.plusDays(1);
        List<ParticipantId> residents = process().participants().values().stream()
            .filter(p -> p.role() == ParticipantRole.RESIDENT).map(Participant::id).toList();
        int n = 0;
        for (se.participation.api.ResidentInvolvement stage : List.of(se.participation.api.ResidentInvolvement.PROBLEM_IDENTIFICATION,
            se.participation.api.ResidentInvolvement.PLANNING)) {
          Meeting workshop = Meeting.builder().from(Generators.meeting("verkstad-" + n, planning.plusDays(n)).generate(source))
              .stage(stage).build();
          n++;
          next().run(FACILITATOR, c -> new Command.ScheduleMeeting(c, workshop));
          Set<ParticipantId> came = new LinkedHashSet<>(residents);
          after(workshop).run(FACILITATOR, c -> new Command.HoldMeeting(c, workshop.id(), came, Set.of(),
              List.of(new Documentation(DocumentationKind.TEXT, workshop.id() + ".txt", "Anteckningar"))));
        }
      }
      if (last == Part.PLANERING) {
        return recorded();
      }
      next().run(OWNER, Command.ApprovePlan::new);
      carryOut(plan);
      if (last == Part.GENOMFORANDE) {
        return recorded();
      }
      next().run(OWNER, Command.AdvancePart::new);
      settleProposals();
      feedBack();
      if (last == Part.ATERKOPPLING) {
        return recorded();
      }
      next().run(OWNER, Command.AdvancePart::new);
      evaluate(plan);
      if (close) {
        next().run(OWNER, Command.CloseProcess::new);
      }
      return recorded();
    }

    private Recorded recorded() {
      return new Recorded(recorder.process(), recorder.history());
    }

    private void carryOut(Plan plan) {
      List<ParticipantId> everyone = new ArrayList<>(process().participants().keySet());
      List<QuestionId> questions = plan.questions().stream().map(PlannedQuestion::id).toList();
      for (Meeting meeting : List.copyOf(process().meetings().values())) {
        if (meeting.held()) {
          continue;
        }
        Set<ParticipantId> attendance = subset(everyone);
        Set<QuestionId> discussed = new LinkedHashSet<>(subset(questions));
        after(meeting).run(FACILITATOR, c -> new Command.HoldMeeting(c, meeting.id(), attendance, discussed,
            List.of(new Documentation(DocumentationKind.TEXT, meeting.id() + ".txt", "Anteckningar"))));
        if (attendance.size() >= 2 && source.drawBoolean(0.5)) {
          next().run(FACILITATOR, c -> new Command.FormSmallGroups(c, meeting.id(),
              List.of(new SmallGroup(GroupId.of("grupp-" + meeting.id()), attendance))));
        }
      }
      int proposals = Gen.integers(0, 8).generate(source);
      for (int i = 0; i < proposals; i++) {
        ProposalDraft draft = draft("f" + i, questions);
        next().run(FACILITATOR, c -> new Command.SubmitProposal(c, draft));
      }
      int offTopic = Gen.integers(0, 2).generate(source);
      for (int i = 0; i < offTopic; i++) {
        OffTopicId id = OffTopicId.of("s" + i);
        next().run(FACILITATOR, c -> new Command.RecordOffTopicMatter(c, OffTopicMatter.builder().id(id).text("Sidofråga").build()));
        next().run(FACILITATOR, c -> new Command.RouteOffTopicMatter(c, id, "Berörd förvaltning"));
      }
    }

    private ProposalDraft draft(String id, List<QuestionId> questions) {
      ProposalDraft.Builder draft = ProposalDraft.builder().id(ProposalId.of(id)).text("Förslag " + id)
          .kind(Gen.elementOf(ProposalKind.values()).generate(source))
          .questions(subset(questions));
      List<ParticipantId> named = process().participants().values().stream()
          .filter(p -> p.identity() == IdentityMode.NAMED).map(Participant::id).toList();
      if (!named.isEmpty() && source.drawBoolean(0.7)) {
        draft.authorship(Authorship.named(Gen.elementOf(named).generate(source)));
      } else if (source.drawBoolean(0.3)) {
        draft.authorship(Authorship.collective("Cafébord " + source.draw(5), Set.copyOf(subset(named))));
      } else if (source.drawBoolean(0.5)) {
        draft.authorship(Authorship.anonymous("förslagslåda").withFeedbackChannel("anslagstavlan"));
      } else {
        draft.authorship(Authorship.anonymous("förslagslåda"));
      }
      if (source.drawBoolean(0.6)) {
        draft.measurement("Mått för " + id);
      }
      return draft.build();
    }

    private void settleProposals() {
      List<ProposalId> open = new ArrayList<>(process().proposals().keySet());
      Set<ProposalId> toCommittee = new LinkedHashSet<>();
      Set<ProposalId> handedOver = new LinkedHashSet<>();
      List<ProposalId> superseded = new ArrayList<>();
      int adapted = 0;
      for (ProposalId id : open) {
        int fate = (int) source.draw(4);
        switch (fate) {
          case 0 -> next().run(FACILITATOR, c -> new Command.DropProposal(c, id, "Prioriterades bort"));
          case 1 -> {
            ProposalId target = ProposalId.of("a" + adapted++);
            Proposal original = process().proposal(id).orElseThrow();
            ProposalDraft draft = ProposalDraft.builder().from(original).id(target).text("Bearbetat " + id).build();
            next().run(ADMINISTRATION, c -> new Command.AdaptProposals(c, Set.of(id), draft, "Stadens krav"));
            toCommittee.add(target);
            superseded.add(id);
          }
          case 2 -> handedOver.add(id);
          default -> toCommittee.add(id);
        }
      }
      if (!superseded.isEmpty() && source.drawBoolean(0.5)) {
        // Many to many: originals already taken into one adapted text inform another.
        ProposalId target = ProposalId.of("a" + adapted);
        Set<ProposalId> originals = new LinkedHashSet<>(subset(superseded));
        originals.add(superseded.get(0));
        Proposal first = process().proposal(superseded.get(0)).orElseThrow();
        ProposalDraft draft = ProposalDraft.builder().from(first).id(target).text("Princip").build();
        next().run(ADMINISTRATION, c -> new Command.AdaptProposals(c, originals, draft, "Klustring till principer"));
        toCommittee.add(target);
      }
      if (!handedOver.isEmpty()) {
        next().run(OWNER, c -> new Command.HandOverProposals(c, handedOver, "Utredningen", "Underlag till utredningen"));
      }
      List<ParticipantId> residents = process().participants().values().stream()
          .filter(p -> p.role() == ParticipantRole.RESIDENT).map(Participant::id).toList();
      if (!toCommittee.isEmpty() && !residents.isEmpty() && source.drawBoolean(0.3)) {
        // Co-decision: residents decide one proposal together with the city.
        ProposalId chosen = toCommittee.iterator().next();
        toCommittee.remove(chosen);
        Set<ParticipantId> deciders = new LinkedHashSet<>(residents);
        next().run(OWNER, c -> new Command.DecideWithResidents(c, Set.of(chosen), Set.of(), deciders, "Omröstning bland de boende"));
      }
      if (!toCommittee.isEmpty()) {
        Set<ProposalId> approved = new LinkedHashSet<>();
        Set<ProposalId> declined = new LinkedHashSet<>();
        for (ProposalId id : toCommittee) {
          (source.drawBoolean(0.8) ? approved : declined).add(id);
        }
        Optional<String> body = source.drawBoolean(0.3) ? Optional.of("Förvaltningens ledningsgrupp") : Optional.empty();
        next().run(COMMITTEE, c -> new Command.DecideInCommittee(c, approved, declined, "Nämndens beslut", body));
        if (source.drawBoolean(0.3)) {
          ProposalId voted = Gen.elementOf(List.copyOf(toCommittee)).generate(source);
          se.participation.api.Tally votes = new se.participation.api.Tally(se.participation.api.TallyKind.VOTES, "röster",
              se.participation.api.Count.exactly((int) source.draw(1000)), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.of(voted));
          next().run(OWNER, c -> new Command.RecordTally(c, votes));
        }
        if (!approved.isEmpty() && source.drawBoolean(0.5)) {
          next().run(COMMITTEE, c -> new Command.ProposeToCouncil(c, approved, "Förslag till fullmäktige"));
          Set<ProposalId> adopted = new LinkedHashSet<>();
          Set<ProposalId> notAdopted = new LinkedHashSet<>();
          for (ProposalId id : approved) {
            (source.drawBoolean(0.9) ? adopted : notAdopted).add(id);
          }
          next().run(COUNCIL, c -> new Command.DecideInCouncil(c, adopted, notAdopted, "Fullmäktiges beslut"));
        }
      }
    }

    private void feedBack() {
      Set<ParticipantId> withContact = new LinkedHashSet<>(process().contacts().keySet());
      int deliveries = 0;
      if (!withContact.isEmpty()) {
        FeedbackDelivery delivery = delivery("d" + deliveries++, FeedbackAudience.PARTICIPANTS, "e-post")
            .participants(withContact).build();
        next().run(FACILITATOR, c -> new Command.DeliverFeedback(c, delivery));
      }
      Set<String> channels = new LinkedHashSet<>();
      process().participants().values().forEach(p -> p.feedbackChannel().ifPresent(channels::add));
      process().proposals().values().forEach(p -> p.authorship().feedbackThrough().ifPresent(channels::add));
      for (String channel : channels) {
        FeedbackDelivery delivery = delivery("d" + deliveries++, FeedbackAudience.ANONYMOUS_CHANNEL, channel).build();
        next().run(FACILITATOR, c -> new Command.DeliverFeedback(c, delivery));
      }
      FeedbackDelivery decisionMakers = delivery("d" + deliveries, FeedbackAudience.DECISION_MAKERS, "sammanträde")
          .addDecisionMaker("Nämnden").build();
      next().run(FACILITATOR, c -> new Command.DeliverFeedback(c, decisionMakers));
    }

    private FeedbackDelivery.Builder delivery(String id, FeedbackAudience audience, String channel) {
      return FeedbackDelivery.builder().id(FeedbackId.of(id)).audience(audience).channel(channel)
          .at(now).content("Resultatet");
    }

    private void evaluate(Plan plan) {
      boolean residents = plan.evaluation().map(e -> e.residentsEvaluate()).orElse(false);
      if (residents || plan.promisedLevel().filter(l -> l == se.participation.api.EngagementLevel.MEDSKAPANDE).isPresent()) {
        ParticipantId resident = process().participants().values().stream()
            .filter(p -> p.role() == ParticipantRole.RESIDENT).findFirst().orElseThrow().id();
        next().run(FACILITATOR, c -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder()
            .participant(resident).question("Hur var det?").answer("Bra").at(now).build()));
      }
      int lessons = Gen.integers(1, 3).generate(source);
      for (int i = 0; i < lessons; i++) {
        String lesson = "Lärdom " + i + " " + LocalDate.ofInstant(now, ZoneOffset.UTC);
        next().run(OWNER, c -> new Command.RecordLesson(c, lesson));
      }
    }

    private <T> Set<T> subset(List<T> values) {
      Set<T> subset = new LinkedHashSet<>();
      for (T value : values) {
        if (source.drawBoolean(0.7)) {
          subset.add(value);
        }
      }
      return subset;
    }
  }
}
