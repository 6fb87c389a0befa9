// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.participation.api.Actor;
import se.participation.api.ActorId;
import se.participation.api.EngagementLevel;
import se.participation.api.Meeting;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;
import se.participation.core.Permissions;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;
import se.participation.json.InputException;
import se.participation.json.ProcessDocument;

/**
 * Turns a process document into commands, in the order a process lives, and runs them through the
 * engine for records (what the document says happened is entered, whatever its findings); a
 * refusal means the document contradicts itself and is reported as an input error at the element
 * that caused it.
 */
public final class DocumentRunner {
  /** Meetings' local times are taken in the city's time zone. */
  public static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

  private final ProcessEngine engine;
  private final String file;
  private final Map<String, Node.Location> locations;
  private final ActorId owner;
  private @Nullable ParticipationProcess process;
  private final List<Event> history = new ArrayList<>();
  private Instant now;

  /**
   * The result of running a document.
   *
   * @param process the process the document reached
   * @param history its events
   * @param gaps what the document implies but does not say, e.g. when the plan was approved
   */
  public record Result(ParticipationProcess process, List<Event> history, List<Verdict.Gap> gaps) {}

  private final List<Verdict.Gap> gaps = new ArrayList<>();

  private DocumentRunner(ProcessEngine engine, String file, Map<String, Node.Location> locations, ProcessDocument document) {
    this.engine = engine;
    this.file = file;
    this.locations = locations;
    this.owner = document.process().owner();
    this.now = document.process().started();
  }

  /**
   * Runs the document as a record: with the engine {@link ProcessEngine#forRecords() for records},
   * so a move the document holds is entered whatever its part's findings; a move the document
   * implies (meetings held without a recorded plan approval) is entered and reported as a gap.
   */
  public static Result run(ProcessEngine engine, ProcessDocument document, String file, Map<String, Node.Location> locations) {
    DocumentRunner runner = new DocumentRunner(engine.forRecords(), file, locations, document);
    runner.all(document);
    ParticipationProcess reached = runner.process;
    if (reached == null) {
      throw new AssertionError("the start of a document is always accepted or reported");
    }
    return new Result(reached, List.copyOf(runner.history), List.copyOf(runner.gaps));
  }

  private static boolean carriedOut(ProcessDocument d) {
    return d.meetings().stream().anyMatch(m -> m.held() && !beforeApproval(m)) || !d.proposals().isEmpty() || !d.lineage().isEmpty()
        || !d.tallies().isEmpty()
        || !d.offTopicMatters().isEmpty() || !d.feedback().isEmpty() || !d.evaluationAnswers().isEmpty()
        || !d.lessons().isEmpty() || d.closed().isPresent();
  }

  private static boolean planned(ProcessDocument d) {
    return d.plan().isPresent() || !d.meetings().isEmpty() || !d.participants().isEmpty() || !d.sortitions().isEmpty()
        || carriedOut(d);
  }

  /**
   * Runs a command at the element's own time when it has one, else at the last time given. The
   * engine is one for records, so a move is never refused for its findings: any refusal means the
   * document contradicts itself and is thrown as an input error at the element.
   */
  private void step(String path, Optional<ActorId> by, Optional<Instant> at,
      Class<? extends Command> type, Function<CommandContext, Command> command) {
    at.ifPresent(t -> now = t);
    Actor actor = new Actor(by.orElse(owner), Permissions.requiredRoles(type));
    CommandContext context = CommandContext.of(
        process == null ? se.participation.api.ProcessId.of("document") : process.id(),
        process == null ? 0 : process.version(), actor, now);
    Command built;
    try {
      built = command.apply(context);
    } catch (IllegalArgumentException | NullPointerException e) {
      // A value the document gives that the command refuses (a blank title, an empty list).
      Node.Location location = locations.getOrDefault(path, new Node.Location(1, 1));
      throw new InputException(InputException.Kind.INVALID_VALUE, file, location.line(), location.column(), path,
          Texts.text("input.invalid", String.valueOf(e.getMessage())));
    }
    Outcome outcome = engine.decide(process, built);
    if (outcome instanceof Outcome.Accepted accepted) {
      process = engine.apply(process, accepted.events());
      history.addAll(accepted.events());
      return;
    }
    Outcome.Rejected rejected = (Outcome.Rejected) outcome;
    Node.Location location = locations.getOrDefault(path, new Node.Location(0, 0));
    throw new InputException(InputException.Kind.INVALID_VALUE, file, location.line(), location.column(), path,
        Texts.text("input.refused", built.getClass().getSimpleName(), LocalizedText.join("; ", rejected.reasons().stream().map(Reason::message).toList())));
  }

  private static boolean beforeApproval(Meeting meeting) {
    return meeting.stage().filter(s -> s == se.participation.api.ResidentInvolvement.PROBLEM_IDENTIFICATION
        || s == se.participation.api.ResidentInvolvement.PLANNING).isPresent();
  }

  private void hold(int i, Meeting meeting) {
    Optional<Instant> end = Optional.of(meeting.end().atZone(CITY).toInstant());
    if (!meeting.groups().isEmpty()) {
      step("meetings[" + i + "]", Optional.empty(), end, Command.FormSmallGroups.class,
          c -> new Command.FormSmallGroups(c, meeting.id(), meeting.groups()));
    }
    step("meetings[" + i + "]", Optional.empty(), end, Command.HoldMeeting.class,
        c -> new Command.HoldMeeting(c, meeting.id(), meeting.attendance(), meeting.questionsDiscussed(), meeting.documentation()));
  }

  private void all(ProcessDocument d) {
    var m = d.process();
    step("process", Optional.of(m.owner()), Optional.of(m.started()), Command.StartProcess.class,
        c -> new Command.StartProcess(CommandContext.of(m.id(), 0, c.actor(), c.at()), m.title(), m.question(), m.intendedLevel()));
    for (int i = 0; i < d.actors().size(); i++) {
      var actor = d.actors().get(i);
      for (var role : actor.roles().stream().sorted().toList()) {
        step("actors[" + i + "]", Optional.empty(), Optional.empty(), Command.GrantRole.class,
            c -> new Command.GrantRole(c, actor.id(), role));
      }
    }
    for (int i = 0; i < d.answers().size(); i++) {
      var answer = d.answers().get(i);
      step("answers[" + i + "]", Optional.of(answer.answeredBy()), Optional.of(answer.answeredAt()), Command.AnswerDecisionQuestion.class,
          c -> new Command.AnswerDecisionQuestion(c, answer.question(), answer.yes(), answer.comment()));
    }
    if (d.mandate().isPresent()) {
      step("mandate", Optional.empty(), Optional.empty(), Command.RecordMandate.class,
          c -> new Command.RecordMandate(c, d.mandate().get()));
    }
    for (int i = 0; i < d.undocumented().size(); i++) {
      var mark = d.undocumented().get(i);
      step("undocumented[" + i + "]", Optional.empty(), Optional.empty(), Command.MarkUndocumented.class,
          c -> new Command.MarkUndocumented(c, mark.question(), mark.note()));
    }
    if (d.decision().isEmpty()) {
      if (!planned(d)) {
        return;
      }
      // The record goes on to planning without saying how Beslut ended: it was a dialogue.
      gaps.add(new Verdict.Gap(Part.BESLUT, "decision", Texts.text("gap.decision")));
      step("decision", Optional.empty(), Optional.empty(), Command.ProceedWithDialogue.class,
          Command.ProceedWithDialogue::new);
    } else {
      var decision = d.decision().get();
      switch (decision.choice()) {
        case DIALOGUE -> step("decision", Optional.empty(), Optional.of(decision.at()), Command.ProceedWithDialogue.class,
            Command.ProceedWithDialogue::new);
        case INFORMATION, KONSULTATION -> step("decision", Optional.empty(), Optional.of(decision.at()), Command.ContinueWithoutDialogue.class,
            c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.valueOf(decision.choice().name()), decision.reason().orElseThrow()));
        case WITHDRAWN -> step("decision", Optional.empty(), Optional.of(decision.at()), Command.Withdraw.class,
            c -> new Command.Withdraw(c, decision.reason().orElseThrow()));
      }
      if (decision.choice() == ProcessDocument.Choice.WITHDRAWN) {
        return;
      }
    }
    if (d.plan().isPresent()) {
      step("plan", Optional.empty(), Optional.empty(), Command.RecordPlan.class, c -> new Command.RecordPlan(c, d.plan().get()));
    }
    for (int i = 0; i < d.participants().size(); i++) {
      var registration = d.participants().get(i);
      step("participants[" + i + "]", Optional.empty(), Optional.empty(), Command.RegisterParticipant.class,
          c -> new Command.RegisterParticipant(c, registration.participant(), registration.contact()));
    }
    for (int i = 0; i < d.meetings().size(); i++) {
      Meeting scheduled = Meeting.builder().from(d.meetings().get(i)).held(false).attendance(List.of())
          .groups(List.of()).questionsDiscussed(List.of()).documentation(List.of()).build();
      step("meetings[" + i + "]", Optional.empty(), Optional.empty(), Command.ScheduleMeeting.class,
          c -> new Command.ScheduleMeeting(c, scheduled));
    }
    // Meetings for identifying the problem or planning the work are held before the plan is approved,
    // and so is what the sortitions record before it, all in order of time.
    List<Timed> lots = new ArrayList<>();
    List<Runnable> undatedLots = new ArrayList<>();
    sortitions(d, lots, undatedLots);
    Instant cutoff = d.planApproved().orElseGet(() -> carriedOut(d) ? firstCarriedOut(d) : Instant.MAX);
    List<Timed> early = new ArrayList<>();
    for (int i = 0; i < d.meetings().size(); i++) {
      Meeting meeting = d.meetings().get(i);
      if (meeting.held() && beforeApproval(meeting)) {
        int index = i;
        early.add(new Timed(meeting.end().atZone(CITY).toInstant(), 0, i, () -> hold(index, meeting)));
      }
    }
    for (Timed lot : lots) {
      if (lot.at().isBefore(cutoff)) {
        early.add(lot);
      }
    }
    early.sort(java.util.Comparator.comparing(Timed::at).thenComparingInt(Timed::kind).thenComparingInt(Timed::index));
    early.forEach(item -> item.run().run());
    undatedLots.forEach(Runnable::run);
    if (d.planApproved().isEmpty()) {
      if (!carriedOut(d)) {
        return;
      }
      gaps.add(new Verdict.Gap(Part.PLANERING, "planApproved", Texts.text("gap.planApproved")));
    }
    step("planApproved", Optional.empty(), d.planApproved(), Command.ApprovePlan.class, Command.ApprovePlan::new);
    // A record lists what happened by kind (meetings, lineage, feedback, ...), not in order of
    // time; the history is built in order of time, so that it never runs backwards. What the
    // record does not date (proposals, off-topic matters, counts) follows the meetings held before
    // anything else happened.
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < d.meetings().size(); i++) {
      Meeting meeting = d.meetings().get(i);
      if (meeting.held() && !beforeApproval(meeting)) {
        int index = i;
        timed.add(new Timed(meeting.end().atZone(CITY).toInstant(), 0, i, () -> hold(index, meeting)));
      }
    }
    for (int i = 0; i < d.lineage().size(); i++) {
      int index = i;
      var entry = d.lineage().get(i);
      timed.add(new Timed(entry.at(), 1, i, () -> lineage(index, entry)));
    }
    for (int i = 0; i < d.feedback().size(); i++) {
      var delivery = d.feedback().get(i);
      String path = "feedback[" + i + "]";
      timed.add(new Timed(delivery.at(), 2, i, () -> {
        advanceTo(Part.ATERKOPPLING, Optional.of(delivery.at()));
        step(path, Optional.empty(), Optional.of(delivery.at()), Command.DeliverFeedback.class,
            c -> new Command.DeliverFeedback(c, delivery));
      }));
    }
    for (int i = 0; i < d.evaluationAnswers().size(); i++) {
      var answer = d.evaluationAnswers().get(i);
      String path = "evaluationAnswers[" + i + "]";
      timed.add(new Timed(answer.at(), 3, i, () -> {
        advanceTo(Part.UTVARDERING, Optional.of(answer.at()));
        step(path, Optional.empty(), Optional.of(answer.at()), Command.RecordEvaluationAnswer.class,
            c -> new Command.RecordEvaluationAnswer(c, answer));
      }));
    }
    for (int i = 0; i < d.lessons().size(); i++) {
      var lesson = d.lessons().get(i);
      String path = "lessons[" + i + "]";
      timed.add(new Timed(lesson.at(), 4, i, () -> {
        advanceTo(Part.UTVARDERING, Optional.of(lesson.at()));
        step(path, Optional.of(lesson.recordedBy()), Optional.of(lesson.at()), Command.RecordLesson.class,
            c -> new Command.RecordLesson(c, lesson.text()));
      }));
    }
    for (Timed lot : lots) {
      if (!lot.at().isBefore(cutoff)) {
        timed.add(lot);
      }
    }
    timed.sort(java.util.Comparator.comparing(Timed::at).thenComparingInt(Timed::kind).thenComparingInt(Timed::index));
    int leading = 0;
    while (leading < timed.size() && timed.get(leading).kind() == 0) {
      timed.get(leading++).run().run();
    }
    undated(d);
    for (Timed item : timed.subList(leading, timed.size())) {
      item.run().run();
    }
    for (int i = 0; i < d.tallies().size(); i++) {
      var tally = d.tallies().get(i);
      if (tally.proposal().isPresent()) {
        step("tallies[" + i + "]", Optional.empty(), Optional.empty(), Command.RecordTally.class,
            c -> new Command.RecordTally(c, tally));
      }
    }
    if (d.closed().isPresent()) {
      advanceTo(Part.UTVARDERING, d.closed());
      step("closed", Optional.empty(), d.closed(), Command.CloseProcess.class, Command.CloseProcess::new);
    }
  }

  /**
   * The steps of the sortitions: each wave of invitations, the pool, the draw and each replacement,
   * at their own times. The record does not date the pool: it is entered just before the draw, else
   * just after the last wave, else (when it is all the record says) among what is not dated.
   */
  private void sortitions(ProcessDocument d, List<Timed> dated, List<Runnable> undated) {
    int order = 0;
    for (int i = 0; i < d.sortitions().size(); i++) {
      se.participation.api.Sortition lot = d.sortitions().get(i);
      String path = "sortitions[" + i + "]";
      for (se.participation.api.Sortition.Invitation wave : lot.invitations()) {
        dated.add(new Timed(wave.at(), 5, order++, () -> step(path, Optional.empty(), Optional.of(wave.at()),
            Command.RecordInvitations.class, c -> new Command.RecordInvitations(c, lot.id(), wave.invited(), wave.frame()))));
      }
      if (lot.pool().isPresent()) {
        var pool = lot.pool().get();
        Optional<Instant> at = lot.drawnAt().or(() -> lot.invitations().stream().map(w -> w.at()).max(Instant::compareTo));
        Runnable enter = () -> step(path, Optional.empty(), at, Command.RecordPool.class,
            c -> new Command.RecordPool(c, lot.id(), pool));
        if (at.isPresent()) {
          dated.add(new Timed(at.get(), 5, order++, enter));
        } else {
          undated.add(enter);
        }
      }
      if (lot.panel().isPresent() && lot.drawnAt().isPresent()) {
        var panel = lot.panel().get();
        dated.add(new Timed(lot.drawnAt().get(), 5, order++, () -> step(path, Optional.empty(), lot.drawnAt(),
            Command.RecordPanelDraw.class, c -> new Command.RecordPanelDraw(c, lot.id(), panel))));
      }
      for (se.participation.api.Sortition.Replacement r : lot.replacements()) {
        dated.add(new Timed(r.at(), 5, order++, () -> step(path, Optional.empty(), Optional.of(r.at()),
            Command.ReplacePanelMember.class, c -> new Command.ReplacePanelMember(c, lot.id(), r.left(), r.replacement(), r.reason()))));
      }
    }
  }

  /** The time of the first dated element of what was carried out, after the plan's approval. */
  private static Instant firstCarriedOut(ProcessDocument d) {
    Instant first = Instant.MAX;
    for (Meeting meeting : d.meetings()) {
      if (meeting.held() && !beforeApproval(meeting)) {
        first = min(first, meeting.end().atZone(CITY).toInstant());
      }
    }
    for (var entry : d.lineage()) {
      first = min(first, entry.at());
    }
    for (var delivery : d.feedback()) {
      first = min(first, delivery.at());
    }
    for (var answer : d.evaluationAnswers()) {
      first = min(first, answer.at());
    }
    for (var lesson : d.lessons()) {
      first = min(first, lesson.at());
    }
    return first;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** A dated element of the record and how to enter it; {@code kind} orders elements of one time. */
  private record Timed(Instant at, int kind, int index, Runnable run) {}

  /** What the record does not date: counts, proposals and off-topic matters. */
  private void undated(ProcessDocument d) {
    for (int i = 0; i < d.tallies().size(); i++) {
      var tally = d.tallies().get(i);
      if (tally.proposal().isPresent()) {
        continue; // counted once its proposal exists, after the lineage
      }
      step("tallies[" + i + "]", Optional.empty(), Optional.empty(), Command.RecordTally.class,
          c -> new Command.RecordTally(c, tally));
    }
    for (int i = 0; i < d.proposals().size(); i++) {
      var proposal = d.proposals().get(i);
      step("proposals[" + i + "]", Optional.empty(), Optional.empty(), Command.SubmitProposal.class,
          c -> new Command.SubmitProposal(c, proposal));
    }
    for (int i = 0; i < d.offTopicMatters().size(); i++) {
      OffTopicMatter matter = d.offTopicMatters().get(i);
      OffTopicMatter raised = OffTopicMatter.builder().from(matter).routedTo(Optional.empty()).build();
      step("offTopicMatters[" + i + "]", Optional.empty(), Optional.empty(), Command.RecordOffTopicMatter.class,
          c -> new Command.RecordOffTopicMatter(c, raised));
      if (matter.routedTo().isPresent()) {
        step("offTopicMatters[" + i + "]", Optional.empty(), Optional.empty(), Command.RouteOffTopicMatter.class,
            c -> new Command.RouteOffTopicMatter(c, matter.id(), matter.routedTo().get()));
      }
    }
  }

  private void lineage(int i, ProcessDocument.LineageEntry entry) {
    boolean decision2 = switch (entry.action()) {
      case ADAPT, COMMITTEE, TO_COUNCIL, COUNCIL, SEND_BACK, HAND_OVER, CO_DECIDE -> true;
      case SHORTLIST, MERGE, DROP -> false;
    };
    if (decision2) {
      advanceTo(Part.ATERKOPPLING, Optional.of(entry.at()));
    }
    String path = "lineage[" + i + "]";
    switch (entry.action()) {
      case SHORTLIST -> step(path, entry.by(), Optional.of(entry.at()), Command.ShortlistProposals.class,
          c -> new Command.ShortlistProposals(c, entry.proposals(), entry.reason()));
      case MERGE -> step(path, entry.by(), Optional.of(entry.at()), Command.MergeProposals.class,
          c -> new Command.MergeProposals(c, entry.proposals(), entry.into().orElseThrow(), entry.reason().orElseThrow()));
      case DROP -> {
        for (var id : entry.proposals().stream().sorted().toList()) {
          step(path, entry.by(), Optional.of(entry.at()), Command.DropProposal.class,
              c -> new Command.DropProposal(c, id, entry.reason().orElseThrow()));
        }
      }
      case ADAPT -> step(path, entry.by(), Optional.of(entry.at()), Command.AdaptProposals.class,
          c -> new Command.AdaptProposals(c, entry.proposals(), entry.adapted().orElseThrow(), entry.reason().orElseThrow()));
      case COMMITTEE -> step(path, entry.by(), Optional.of(entry.at()), Command.DecideInCommittee.class,
          c -> new Command.DecideInCommittee(c, entry.proposals(), entry.rejected(), entry.reason().orElseThrow(), entry.body()));
      case SEND_BACK -> step(path, entry.by(), Optional.of(entry.at()), Command.SendBackForRework.class,
          c -> new Command.SendBackForRework(c, entry.proposals(), entry.reason().orElseThrow()));
      case TO_COUNCIL -> step(path, entry.by(), Optional.of(entry.at()), Command.ProposeToCouncil.class,
          c -> new Command.ProposeToCouncil(c, entry.proposals(), entry.reason().orElseThrow()));
      case COUNCIL -> step(path, entry.by(), Optional.of(entry.at()), Command.DecideInCouncil.class,
          c -> new Command.DecideInCouncil(c, entry.proposals(), entry.rejected(), entry.reason().orElseThrow(), entry.body()));
      case CO_DECIDE -> step(path, entry.by(), Optional.of(entry.at()), Command.DecideWithResidents.class,
          c -> new Command.DecideWithResidents(c, entry.proposals(), entry.rejected(), entry.residents(), entry.reason().orElseThrow()));
      case HAND_OVER -> step(path, entry.by(), Optional.of(entry.at()), Command.HandOverProposals.class,
          c -> new Command.HandOverProposals(c, entry.proposals(), entry.recipient().orElseThrow(), entry.reason().orElseThrow()));
    }
  }

  private void advanceTo(Part target, Optional<Instant> at) {
    while (process != null && process.part().isBefore(target)) {
      step(target.name(), Optional.empty(), at, Command.AdvancePart.class, Command.AdvancePart::new);
    }
  }
}
