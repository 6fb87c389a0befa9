// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.time.Instant;
import se.participation.core.ImpossibleHistoryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.ActorId;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.Undocumented;
import se.participation.api.ContactDetails;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
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
import se.participation.api.Plan;
import se.participation.api.ProcessId;
import se.participation.api.ProcessStatus;
import se.participation.api.Proposal;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.api.internal.PersistentMap;
import se.participation.api.internal.PersistentVector;
import se.participation.api.internal.ProcessAccess;

/**
 * The pure fold of events into a process. A fold works on a mutable draft that is built into an
 * immutable {@link ParticipationProcess} once at the end, so replaying a history costs time linear
 * in its length; {@link #evolve} of one event copies the process once.
 */
public final class Evolver {
  private Evolver() {}

  /**
   * The process after one event.
   *
   * @throws IllegalArgumentException when the event does not follow the process: another process,
   *     a version that is not the next, or a first event that is not {@code ProcessStarted}
   */
  public static ParticipationProcess evolve(@Nullable ParticipationProcess process, Event event) {
    return fold(process, List.of(event));
  }

  /**
   * The process after a sequence of events, applied in order.
   *
   * @throws IllegalArgumentException as {@link #evolve}, or when there is neither a process nor
   *     an event
   */
  public static ParticipationProcess fold(@Nullable ParticipationProcess process, List<Event> events) {
    Draft draft = process == null ? null : new Draft(process);
    int position = 0;
    for (Event event : events) {
      try {
        if (draft == null) {
          draft = Draft.start(event);
        } else {
          draft.apply(event);
        }
      } catch (Impossible e) {
        throw new ImpossibleHistoryException(position, e.reason);
      }
      position++;
    }
    if (draft == null) {
      throw new IllegalArgumentException("events must not be empty when there is no process");
    }
    if (process != null && events.isEmpty()) {
      return process;
    }
    return draft.build();
  }

  /** Receives the state a part is judged on, during {@link #foldJudging}. */
  @FunctionalInterface
  public interface Judge {
    /** The process as it stood when {@code part} was left (or, for the last part, at the end). */
    void judge(Part part, ParticipationProcess process);
  }

  /**
   * The process a history describes, handing {@code judge} the state each part is judged on:
   * the state just before a guarded move (approving the dialogue or the plan, advancing a part,
   * closing), the state just after continuing without dialogue (whose rules then no longer
   * apply), and the end state for the part reached if no move judged it. Builds the process once
   * a part, so the cost stays linear in the history.
   *
   * @throws IllegalArgumentException as {@link #fold}
   */
  public static ParticipationProcess foldJudging(List<Event> events, Judge judge) {
    Draft draft = null;
    java.util.Set<Part> judged = java.util.EnumSet.noneOf(Part.class);
    int position = -1;
    for (Event event : events) {
      position++;
      if (draft == null) {
        try {
          draft = Draft.start(event);
        } catch (Impossible e) {
          throw new ImpossibleHistoryException(position, e.reason);
        }
        continue;
      }
      try {
        draft.check(event);
      } catch (Impossible e) {
        throw new ImpossibleHistoryException(position, e.reason);
      }
      boolean guardedMove = event instanceof Event.DialogueApproved || event instanceof Event.PlanApproved
          || event instanceof Event.PartAdvanced || event instanceof Event.ProcessClosed;
      if (guardedMove) {
        judge.judge(draft.part, draft.build());
        judged.add(draft.part);
      }
      Part before = draft.part;
      try {
        draft.applyChecked(event); // checked above, before the part was judged
      } catch (Impossible e) {
        throw new ImpossibleHistoryException(position, e.reason);
      }
      if (event instanceof Event.ContinuedWithoutDialogue && before == Part.BESLUT) {
        ParticipationProcess after = draft.build();
        judge.judge(before, after);
        judged.add(before);
      }
    }
    if (draft == null) {
      throw new IllegalArgumentException("events must not be empty when there is no process");
    }
    ParticipationProcess end = draft.build();
    if (!judged.contains(end.part())) {
      judge.judge(end.part(), end);
    }
    return end;
  }

  /**
   * The state of a fold in progress: the process's attributes as fields, its collections as the
   * persistent maps and vectors the process itself holds, so a step changes only what its event
   * changes and {@link #build} shares everything else with the process before.
   */
  private static final class Draft {
    private ParticipationProcess last;
    private final ProcessId id;
    private long version;
    private Instant updatedAt;
    private ProcessStatus status;
    private Part part;
    private boolean dialogue;
    private Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers;
    private PersistentVector.@Nullable Builder<ChecklistAnswer> answerHistory;
    private @Nullable String nonDialogueReason;
    private @Nullable EngagementLevel nonDialogueLevel;
    private Plan plan;
    private PersistentMap.@Nullable Builder<ParticipantId, Participant> participants;
    private PersistentMap.@Nullable Builder<ParticipantId, ContactDetails> contacts;
    private PersistentMap.@Nullable Builder<MeetingId, Meeting> meetings;
    private PersistentMap.@Nullable Builder<ProposalId, Proposal> proposals;
    private PersistentMap.@Nullable Builder<OffTopicId, OffTopicMatter> offTopicMatters;
    private PersistentVector.@Nullable Builder<FeedbackDelivery> feedback;
    private PersistentVector.@Nullable Builder<EvaluationAnswer> evaluationAnswers;
    private PersistentVector.@Nullable Builder<Lesson> lessons;
    private PersistentVector.@Nullable Builder<PartTransition> transitions;
    private @Nullable String withdrawalReason;
    private se.participation.api.@Nullable Mandate mandate;
    private PersistentMap.@Nullable Builder<ActorId, Set<se.participation.api.ActorRole>> grants;
    private Map<ChecklistQuestion, Undocumented> undocumented;
    private PersistentVector.@Nullable Builder<se.participation.api.Tally> tallies;
    private PersistentMap.@Nullable Builder<se.participation.api.SortitionId, se.participation.api.Sortition> sortitions;

    Draft(ParticipationProcess p) {
      last = p;
      id = p.id();
      version = p.version();
      updatedAt = p.updatedAt();
      status = p.status();
      part = p.part();
      dialogue = p.dialogue();
      decisionAnswers = p.decisionAnswers();
      nonDialogueReason = p.nonDialogueReason().orElse(null);
      nonDialogueLevel = p.nonDialogueLevel().orElse(null);
      plan = p.plan();
      withdrawalReason = p.withdrawalReason().orElse(null);
      mandate = p.mandate().orElse(null);
      undocumented = p.undocumented();
    }

    /** The participants, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<ParticipantId, Participant> participants() {
      PersistentMap.Builder<ParticipantId, Participant> b = participants;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.participants(), "participants"));
        participants = b;
      }
      return b;
    }

    /** The contacts, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<ParticipantId, ContactDetails> contacts() {
      PersistentMap.Builder<ParticipantId, ContactDetails> b = contacts;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.contacts(), "contacts"));
        contacts = b;
      }
      return b;
    }

    /** The meetings, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<MeetingId, Meeting> meetings() {
      PersistentMap.Builder<MeetingId, Meeting> b = meetings;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.meetings(), "meetings"));
        meetings = b;
      }
      return b;
    }

    /** The proposals, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<ProposalId, Proposal> proposals() {
      PersistentMap.Builder<ProposalId, Proposal> b = proposals;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.proposals(), "proposals"));
        proposals = b;
      }
      return b;
    }

    /** The offTopicMatters, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<OffTopicId, OffTopicMatter> offTopicMatters() {
      PersistentMap.Builder<OffTopicId, OffTopicMatter> b = offTopicMatters;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.offTopicMatters(), "offTopicMatters"));
        offTopicMatters = b;
      }
      return b;
    }

    /** The grants, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<ActorId, Set<se.participation.api.ActorRole>> grants() {
      PersistentMap.Builder<ActorId, Set<se.participation.api.ActorRole>> b = grants;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.grants(), "grants"));
        grants = b;
      }
      return b;
    }

    /** The answerHistory, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<ChecklistAnswer> answerHistory() {
      PersistentVector.Builder<ChecklistAnswer> b = answerHistory;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.answerHistory(), "answerHistory"));
        answerHistory = b;
      }
      return b;
    }

    /** The feedback, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<FeedbackDelivery> feedback() {
      PersistentVector.Builder<FeedbackDelivery> b = feedback;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.feedback(), "feedback"));
        feedback = b;
      }
      return b;
    }

    /** The evaluationAnswers, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<EvaluationAnswer> evaluationAnswers() {
      PersistentVector.Builder<EvaluationAnswer> b = evaluationAnswers;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.evaluationAnswers(), "evaluationAnswers"));
        evaluationAnswers = b;
      }
      return b;
    }

    /** The lessons, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<Lesson> lessons() {
      PersistentVector.Builder<Lesson> b = lessons;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.lessons(), "lessons"));
        lessons = b;
      }
      return b;
    }

    /** The transitions, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<PartTransition> transitions() {
      PersistentVector.Builder<PartTransition> b = transitions;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.transitions(), "transitions"));
        transitions = b;
      }
      return b;
    }

    /** The tallies, as a builder made when the fold first touches them. */
    private PersistentVector.Builder<se.participation.api.Tally> tallies() {
      PersistentVector.Builder<se.participation.api.Tally> b = tallies;
      if (b == null) {
        b = new PersistentVector.Builder<>(PersistentVector.copyOf(last.tallies(), "tallies"));
        tallies = b;
      }
      return b;
    }

    /** The sortitions, as a builder made when the fold first touches them. */
    private PersistentMap.Builder<se.participation.api.SortitionId, se.participation.api.Sortition> sortitions() {
      PersistentMap.Builder<se.participation.api.SortitionId, se.participation.api.Sortition> b = sortitions;
      if (b == null) {
        b = new PersistentMap.Builder<>(PersistentMap.copyOf(last.sortitions(), "sortitions"));
        sortitions = b;
      }
      return b;
    }

    /** The sortition with an identifier, or a new one the record has said nothing of yet. */
    private se.participation.api.Sortition sortition(se.participation.api.SortitionId id) {
      se.participation.api.Sortition known = sortitions().get(id);
      return known != null ? known : se.participation.api.Sortition.of(id);
    }

    static Draft start(Event event) {
      EventContext context = event.context();
      if (!(event instanceof Event.ProcessStarted started)) {
        throw new Impossible("history.notStarted", event.getClass().getSimpleName());
      }
      if (context.version() != 1) {
        throw new Impossible("history.firstVersion", context.version());
      }
      return new Draft(ParticipationProcess.builder()
          .id(context.process())
          .version(1)
          .title(started.title())
          .question(started.question())
          .intendedLevel(started.intendedLevel())
          .owner(context.actor())
          .startedAt(context.at())
          .build());
    }

    /** The process as it stands, sharing with the one before everything the events since left alone. */
    ParticipationProcess build() {
      ParticipationProcess built = ProcessAccess.next(last, new Next());
      last = built;
      decisionAnswers = built.decisionAnswers();
      undocumented = built.undocumented();
      return built;
    }

    /** The draft as {@link ProcessAccess} reads it: a collection no event touched is the last process's own. */
    private final class Next implements ProcessAccess.Next {
      @Override
      public long version() {
        return version;
      }

      @Override
      public Instant updatedAt() {
        return updatedAt;
      }

      @Override
      public ProcessStatus status() {
        return status;
      }

      @Override
      public Part part() {
        return part;
      }

      @Override
      public boolean dialogue() {
        return dialogue;
      }

      @Override
      public Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers() {
        return decisionAnswers;
      }

      @Override
      public PersistentVector<ChecklistAnswer> answerHistory() {
        return built(answerHistory, last.answerHistory());
      }

      @Override
      public @Nullable String nonDialogueReason() {
        return nonDialogueReason;
      }

      @Override
      public se.participation.api.@Nullable EngagementLevel nonDialogueLevel() {
        return nonDialogueLevel;
      }

      @Override
      public Plan plan() {
        return plan;
      }

      @Override
      public PersistentMap<ParticipantId, Participant> participants() {
        return built(participants, last.participants());
      }

      @Override
      public PersistentMap<ParticipantId, ContactDetails> contacts() {
        return built(contacts, last.contacts());
      }

      @Override
      public PersistentMap<MeetingId, Meeting> meetings() {
        return built(meetings, last.meetings());
      }

      @Override
      public PersistentMap<ProposalId, Proposal> proposals() {
        return built(proposals, last.proposals());
      }

      @Override
      public PersistentMap<OffTopicId, OffTopicMatter> offTopicMatters() {
        return built(offTopicMatters, last.offTopicMatters());
      }

      @Override
      public PersistentVector<FeedbackDelivery> feedback() {
        return built(feedback, last.feedback());
      }

      @Override
      public PersistentVector<EvaluationAnswer> evaluationAnswers() {
        return built(evaluationAnswers, last.evaluationAnswers());
      }

      @Override
      public PersistentVector<Lesson> lessons() {
        return built(lessons, last.lessons());
      }

      @Override
      public PersistentVector<PartTransition> transitions() {
        return built(transitions, last.transitions());
      }

      @Override
      public PersistentVector<se.participation.api.Tally> tallies() {
        return built(tallies, last.tallies());
      }

      @Override
      public PersistentMap<se.participation.api.SortitionId, se.participation.api.Sortition> sortitions() {
        return built(sortitions, last.sortitions());
      }

      @Override
      public Map<ChecklistQuestion, Undocumented> undocumented() {
        return undocumented;
      }

      @Override
      public @Nullable String withdrawalReason() {
        return withdrawalReason;
      }

      @Override
      public se.participation.api.@Nullable Mandate mandate() {
        return mandate;
      }

      @Override
      public PersistentMap<ActorId, Set<se.participation.api.ActorRole>> grants() {
        return built(grants, last.grants());
      }
    }

    /** What a builder made of a map of the last process, or that map (a persistent map) when no event touched it. */
    private static <K, V> PersistentMap<K, V> built(PersistentMap.@Nullable Builder<K, V> touched, Map<K, V> held) {
      return touched == null ? PersistentMap.copyOf(held, "map") : touched.build();
    }

    /** What a builder made of a list of the last process, or that list (a persistent vector) when no event touched it. */
    private static <E> PersistentVector<E> built(PersistentVector.@Nullable Builder<E> touched, java.util.List<E> held) {
      return touched == null ? PersistentVector.copyOf(held, "list") : touched.build();
    }

    /**
     * Refuses an event the engine could never have produced after the events so far: another
     * process, a version out of sequence, time running backwards by more than {@link #TOLERANCE},
     * anything but an erasure after the process ended, a move from a part the process is not in,
     * or a second entity with an identifier already used.
     */
    void check(Event event) {
      EventContext context = event.context();
      if (!context.process().equals(id)) {
        throw new Impossible("history.otherProcess", context.process(), id);
      }
      if (context.version() != version + 1) {
        throw new Impossible("history.version", version + 1, context.version());
      }
      if (tooEarly(context.at(), updatedAt)) {
        throw new Impossible("history.timeBackwards", context.at(), updatedAt);
      }
      if (event instanceof Event.ProcessStarted) {
        throw new Impossible("history.startedTwice", id);
      }
      if (status != ProcessStatus.ACTIVE && !(event instanceof Event.ParticipantDataErased)) {
        throw new Impossible("history.afterEnd", event.getClass().getSimpleName(), status);
      }
      if (status == ProcessStatus.ACTIVE && !CommandPolicy.causing(event).possibleIn(part)) {
        throw new Impossible("history.notInPart", event.getClass().getSimpleName(), part);
      }
      if (event instanceof Event.DialogueApproved && part != Part.BESLUT
          || event instanceof Event.PlanApproved && part != Part.PLANERING
          || event instanceof Event.ProcessClosed && part != Part.UTVARDERING) {
        throw new Impossible("history.moveFrom", event.getClass().getSimpleName(), part);
      }
      if (event instanceof Event.PartAdvanced e && (e.from() != part || !part.next().equals(Optional.of(e.to())))) {
        throw new Impossible("history.advance", e.from(), e.to(), part);
      }
      Object duplicate = null;
      if (event instanceof Event.ParticipantRegistered e && participants().containsKey(e.participant().id())) {
        duplicate = e.participant().id();
      } else if (event instanceof Event.MeetingScheduled e && meetings().containsKey(e.meeting().id())) {
        duplicate = e.meeting().id();
      } else if (event instanceof Event.ProposalSubmitted e && proposals().containsKey(e.proposal().id())) {
        duplicate = e.proposal().id();
      } else if (event instanceof Event.ProposalsAdapted e && proposals().containsKey(e.adapted().id())) {
        duplicate = e.adapted().id();
      } else if (event instanceof Event.OffTopicMatterRecorded e && offTopicMatters().containsKey(e.matter().id())) {
        duplicate = e.matter().id();
      } else if (event instanceof Event.FeedbackDelivered e
          && delivered(e.delivery().id())) {
        duplicate = e.delivery().id();
      }
      if (event instanceof Event.PanelDrawn e) {
        se.participation.api.Sortition known = sortitions().get(e.sortition());
        if (known != null && known.panel().isPresent()) {
          duplicate = e.sortition();
        }
      }
      if (duplicate != null) {
        throw new Impossible("history.duplicate", event.getClass().getSimpleName(), duplicate);
      }
      if (event instanceof Event.PanelMemberReplaced e) {
        se.participation.api.Sortition known = sortitions().get(e.sortition());
        if (known == null || known.panel().isEmpty()) {
          throw new Impossible("history.noPanel", e.sortition());
        }
        boolean taken = e.replacement().isPresent() && known.isSeated(e.replacement().get().member());
        if (!known.isSeated(e.left()) || taken) {
          throw new Impossible("history.seats", e.sortition(), e.left());
        }
      }
    }

    void apply(Event event) {
      check(event);
      applyChecked(event);
    }

    void applyChecked(Event event) {
      EventContext context = event.context();
      version = context.version();
      if (context.at().isAfter(updatedAt)) {
        updatedAt = context.at();
      }
      if (event instanceof Event.DecisionQuestionAnswered e) {
        decisionAnswers = with(decisionAnswers, e.answer().question(), e.answer());
        answerHistory().add(e.answer());
      } else if (event instanceof Event.DialogueApproved) {
        moveTo(Part.PLANERING, context);
      } else if (event instanceof Event.ContinuedWithoutDialogue e) {
        dialogue = false;
        nonDialogueLevel = e.level();
        nonDialogueReason = e.reason();
        // From Beslut the process moves on as information or consultation; later it continues
        // where it is (a dialogue replaced by a web form), the history keeping what came before.
        if (part == Part.BESLUT) {
          moveTo(Part.PLANERING, context);
        }
      } else if (event instanceof Event.ProcessWithdrawn e) {
        status = ProcessStatus.WITHDRAWN;
        withdrawalReason = e.reason();
      } else if (event instanceof Event.PlanRecorded e) {
        plan = e.plan();
      } else if (event instanceof Event.PlanApproved) {
        moveTo(Part.GENOMFORANDE, context);
      } else if (event instanceof Event.MeetingScheduled e) {
        meetings().put(e.meeting().id(), e.meeting());
      } else if (event instanceof Event.MeetingHeld e) {
        Meeting meeting = existing(meetings().get(e.meeting()), e.meeting());
        meetings().put(e.meeting(), Meeting.builder().from(meeting).held(true).attendance(e.attendance())
            .questionsDiscussed(e.questionsDiscussed()).documentation(e.documentation()).build());
      } else if (event instanceof Event.SmallGroupsFormed e) {
        Meeting meeting = existing(meetings().get(e.meeting()), e.meeting());
        meetings().put(e.meeting(), Meeting.builder().from(meeting).addAllGroups(e.groups()).build());
      } else if (event instanceof Event.ParticipantRegistered e) {
        participants().put(e.participant().id(), e.participant());
        if (e.contact().isPresent()) {
          contacts().put(e.contact().get().participant(), e.contact().get());
        }
      } else if (event instanceof Event.ProposalSubmitted e) {
        proposals().put(e.proposal().id(),
            Proposal.of(e.proposal(), step(ProposalStatus.SUBMITTED, context, Optional.empty(), Set.of())));
      } else if (event instanceof Event.MeasurementProposed e) {
        Proposal proposal = existing(proposals().get(e.proposal()), e.proposal());
        proposals().put(e.proposal(), Proposal.builder().from(proposal).measurement(e.measurement()).build());
      } else if (event instanceof Event.OffTopicMatterRecorded e) {
        offTopicMatters().put(e.matter().id(), e.matter());
      } else if (event instanceof Event.OffTopicMatterRouted e) {
        OffTopicMatter matter = existing(offTopicMatters().get(e.matter()), e.matter());
        offTopicMatters().put(e.matter(), OffTopicMatter.builder().from(matter).routedTo(e.routedTo()).build());
      } else if (event instanceof Event.ProposalsShortlisted e) {
        lineage(e.proposals(), step(ProposalStatus.SHORTLISTED, context, e.reason(), Set.of()));
      } else if (event instanceof Event.ProposalsMerged e) {
        lineage(e.merged(), step(ProposalStatus.MERGED, context, Optional.of(e.reason()), Set.of(e.into())));
      } else if (event instanceof Event.ProposalDropped e) {
        lineage(Set.of(e.proposal()), step(ProposalStatus.DROPPED, context, Optional.of(e.reason()), Set.of()));
      } else if (event instanceof Event.ProposalsAdapted e) {
        lineage(e.originals(),
            step(ProposalStatus.SUPERSEDED, context, Optional.of(e.reason()), Set.of(e.adapted().id())));
        proposals().put(e.adapted().id(), Proposal.of(e.adapted(),
            step(ProposalStatus.ADAPTED, context, Optional.of(e.reason()), e.originals())));
      } else if (event instanceof Event.CommitteeDecided e) {
        lineage(e.approved(), step(ProposalStatus.DECIDED, context, Optional.of(e.reason()), Set.of()));
        lineage(e.declined(), step(ProposalStatus.DECLINED, context, Optional.of(e.reason()), Set.of()));
      } else if (event instanceof Event.SentBackForRework e) {
        lineage(e.proposals(), step(ProposalStatus.SENT_BACK, context, Optional.of(e.reason()), Set.of()));
      } else if (event instanceof Event.ProposedToCouncil e) {
        lineage(e.proposals(), step(ProposalStatus.PROPOSED_TO_COUNCIL, context, Optional.of(e.reason()), Set.of()));
      } else if (event instanceof Event.DecidedWithResidents e) {
        lineage(e.approved(), LineageStep.builder().status(ProposalStatus.DECIDED).actor(context.actor()).at(context.at())
            .reason(e.how()).coDeciders(e.residents()).build());
        lineage(e.declined(), LineageStep.builder().status(ProposalStatus.DECLINED).actor(context.actor()).at(context.at())
            .reason(e.how()).coDeciders(e.residents()).build());
      } else if (event instanceof Event.ProposalsHandedOver e) {
        lineage(e.proposals(), LineageStep.builder().status(ProposalStatus.HANDED_OVER).actor(context.actor())
            .at(context.at()).reason(e.reason()).recipient(e.recipient()).build());
      } else if (event instanceof Event.RoleGranted e) {
        java.util.EnumSet<se.participation.api.ActorRole> roles = java.util.EnumSet.noneOf(se.participation.api.ActorRole.class);
        roles.addAll(java.util.Objects.requireNonNullElse(grants().get(e.actor()), Set.of()));
        roles.add(e.role());
        grants().put(e.actor(), java.util.Collections.unmodifiableSet(roles));
      } else if (event instanceof Event.RoleRevoked e) {
        java.util.EnumSet<se.participation.api.ActorRole> roles = java.util.EnumSet.noneOf(se.participation.api.ActorRole.class);
        roles.addAll(java.util.Objects.requireNonNullElse(grants().get(e.actor()), Set.of()));
        roles.remove(e.role());
        if (roles.isEmpty()) {
          grants().remove(e.actor());
        } else {
          grants().put(e.actor(), java.util.Collections.unmodifiableSet(roles));
        }
      } else if (event instanceof Event.MandateRecorded e) {
        mandate = e.mandate();
      } else if (event instanceof Event.CouncilDecided e) {
        lineage(e.adopted(), step(ProposalStatus.ADOPTED, context, Optional.of(e.reason()), Set.of()));
        lineage(e.notAdopted(), step(ProposalStatus.NOT_ADOPTED, context, Optional.of(e.reason()), Set.of()));
      } else if (event instanceof Event.FeedbackDelivered e) {
        feedback().add(e.delivery());
      } else if (event instanceof Event.EvaluationAnswerRecorded e) {
        evaluationAnswers().add(e.answer());
      } else if (event instanceof Event.TallyRecorded e) {
        tallies().add(e.tally());
      } else if (event instanceof Event.InvitationsSent e) {
        sortitions().put(e.sortition(), sortition(e.sortition())
            .withInvitation(new se.participation.api.Sortition.Invitation(context.at(), e.invited(), e.frame())));
      } else if (event instanceof Event.PoolRecorded e) {
        sortitions().put(e.sortition(), sortition(e.sortition()).withPool(e.pool()));
      } else if (event instanceof Event.PanelDrawn e) {
        sortitions().put(e.sortition(), sortition(e.sortition()).withPanel(e.panel(), context.at()));
      } else if (event instanceof Event.PanelMemberReplaced e) {
        sortitions().put(e.sortition(), sortition(e.sortition()).withReplacement(
            new se.participation.api.Sortition.Replacement(context.at(), e.left(), e.replacement(), e.reason())));
      } else if (event instanceof Event.MarkedUndocumented e) {
        undocumented = with(undocumented, e.question(), new Undocumented(e.question(), e.note(), context.actor(), context.at()));
      } else if (event instanceof Event.LessonRecorded e) {
        lessons().add(new Lesson(e.text(), context.actor(), context.at()));
      } else if (event instanceof Event.PartAdvanced e) {
        moveTo(e.to(), context);
      } else if (event instanceof Event.ProcessClosed) {
        status = ProcessStatus.CLOSED;
      } else if (event instanceof Event.ParticipantDataErased e) {
        Participant participant = existing(participants().get(e.participant()), e.participant());
        erase(Erasure.of(participant, participants().build().values()), participant);
      } else {
        throw new AssertionError("unhandled event " + event.getClass().getName());
      }
    }

    /** Replaces the participant's personal data wherever it sits in the process. */
    private void erase(Erasure erasure, Participant participant) {
      participants().put(participant.id(), erasure.participant(participant));
      contacts().remove(participant.id());
      for (Map.Entry<ProposalId, Proposal> entry : proposals().build().entrySet()) {
        Proposal proposal = entry.getValue();
        List<LineageStep> steps = new ArrayList<>();
        for (LineageStep step : proposal.lineage()) {
          ActorId actor = erasure.actor(step.actor());
          steps.add(actor.equals(step.actor()) ? step : LineageStep.builder().from(step).actor(actor).build());
        }
        Proposal erased = Proposal.builder().from(proposal).authorship(erasure.authorship(proposal.authorship()))
            .lineage(steps).build();
        if (!erased.equals(proposal)) {
          proposals().put(entry.getKey(), erased);
        }
      }
      replace(feedback(), erasure::delivery);
      replace(lessons(), l -> new Lesson(l.text(), erasure.actor(l.recordedBy()), l.at()));
      replace(transitions(), t -> new PartTransition(t.from(), t.to(), erasure.actor(t.by()), t.at()));
      java.util.EnumMap<ChecklistQuestion, Undocumented> marks = new java.util.EnumMap<>(ChecklistQuestion.class);
      undocumented.forEach((q, u) -> marks.put(q, new Undocumented(u.question(), u.note(), erasure.actor(u.by()), u.at())));
      if (!marks.equals(undocumented)) {
        undocumented = marks;
      }
    }

    /** Replaces each element by its image, keeping every element the image leaves equal. */
    private static <T> void replace(PersistentVector.Builder<T> vector, java.util.function.UnaryOperator<T> image) {
      for (int i = 0; i < vector.size(); i++) {
        T element = vector.get(i);
        T replacement = image.apply(element);
        if (!replacement.equals(element)) {
          vector.set(i, replacement);
        }
      }
    }

    /** Whether a delivery with this identifier was recorded. */
    private boolean delivered(se.participation.api.FeedbackId delivery) {
      for (int i = 0; i < feedback().size(); i++) {
        if (feedback().get(i).id().equals(delivery)) {
          return true;
        }
      }
      return false;
    }

    /** A copy of a small enum-keyed map with one entry put. */
    private static <V> Map<ChecklistQuestion, V> with(Map<ChecklistQuestion, V> map, ChecklistQuestion key, V value) {
      java.util.EnumMap<ChecklistQuestion, V> copy = new java.util.EnumMap<>(ChecklistQuestion.class);
      copy.putAll(map);
      copy.put(key, value);
      return copy;
    }

    private void moveTo(Part to, EventContext context) {
      transitions().add(new PartTransition(part, to, context.actor(), context.at()));
      part = to;
    }

    private void lineage(Set<ProposalId> ids, LineageStep step) {
      for (ProposalId proposalId : ids) {
        Proposal proposal = existing(proposals().get(proposalId), proposalId);
        proposals().put(proposalId, Proposal.builder().from(proposal).addLineage(step).build());
      }
    }
  }

  /**
   * The history with a participant's personal data removed from its registration: no contact
   * details, pseudonym or consent. Replaying it after the participant's erasure event gives the
   * same process as the original history.
   */
  public static List<Event> redact(List<Event> history, ParticipantId participant) {
    // What her data was, and who else shared her channel, as the erasure found it.
    int erasedAt = history.size();
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i) instanceof Event.ParticipantDataErased e && e.participant().equals(participant)) {
        erasedAt = i;
        break;
      }
    }
    ParticipationProcess before = fold(null, history.subList(0, Math.max(1, erasedAt)));
    Participant registered = before.participants().get(participant);
    if (registered == null) {
      return List.copyOf(history);
    }
    Erasure erasure = Erasure.of(registered, before.participants().values());
    List<Event> redacted = new ArrayList<>(history.size());
    for (Event event : history) {
      redacted.add(redact(event, participant, erasure));
    }
    return redacted;
  }

  /**
   * Whether {@link #redact} may change an event: the events that can name a participant's
   * personal data (her registration, authorship and channels, her actor id as a participant).
   */
  public static boolean mayHoldPersonalData(Event event) {
    return event instanceof Event.ParticipantRegistered
        || event instanceof Event.ProposalSubmitted
        || event instanceof Event.ProposalsAdapted
        || event instanceof Event.MeasurementProposed
        || event instanceof Event.EvaluationAnswerRecorded
        || event instanceof Event.FeedbackDelivered;
  }

  private static Event redact(Event event, ParticipantId participant, Erasure erasure) {
    EventContext c = event.context();
    EventContext context = new EventContext(c.process(), c.version(), erasure.actor(c.actor()), c.at());
    if (event instanceof Event.ParticipantRegistered registered && registered.participant().id().equals(participant)) {
      return new Event.ParticipantRegistered(c, erasure.participant(registered.participant()), Optional.empty());
    } else if (event instanceof Event.ProposalSubmitted e) {
      return new Event.ProposalSubmitted(context, erasure.draft(e.proposal()));
    } else if (event instanceof Event.ProposalsAdapted e) {
      return new Event.ProposalsAdapted(c, e.originals(), erasure.draft(e.adapted()), e.reason());
    } else if (event instanceof Event.MeasurementProposed e) {
      return new Event.MeasurementProposed(context, e.proposal(), e.measurement());
    } else if (event instanceof Event.EvaluationAnswerRecorded e) {
      return new Event.EvaluationAnswerRecorded(context, e.answer());
    } else if (event instanceof Event.FeedbackDelivered e) {
      return new Event.FeedbackDelivered(c, erasure.delivery(e.delivery()));
    }
    return event;
  }

  private static <T> T existing(@Nullable T value, Object id) {
    if (value == null) {
      throw new Impossible("history.unknown", id);
    }
    return value;
  }

  /** How far back an event may be dated before the last one: clocks of two nodes may differ. */
  public static final java.time.Duration TOLERANCE = java.time.Duration.ofMinutes(5);

  /**
   * Whether {@code at} is more than {@link #TOLERANCE} before {@code last}, as {@code
   * at.isBefore(last.minus(TOLERANCE))} without making an instant (and without its overflow at
   * {@code Instant.MIN}).
   */
  public static boolean tooEarly(Instant at, Instant last) {
    long second = last.getEpochSecond() - TOLERANCE.toSeconds();
    return at.getEpochSecond() < second || (at.getEpochSecond() == second && at.getNano() < last.getNano());
  }

  /** An event that cannot follow the ones before it; the fold turns it into its position. */
  private static final class Impossible extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient se.participation.api.text.LocalizedText reason;

    Impossible(String key, Object... arguments) {
      this(CoreTexts.text(key, arguments));
    }

    private Impossible(se.participation.api.text.LocalizedText reason) {
      super(reason.en());
      this.reason = reason;
    }
  }

  private static LineageStep step(
      ProposalStatus status, EventContext context, Optional<String> reason, Set<ProposalId> related) {
    return LineageStep.builder().status(status).actor(context.actor()).at(context.at())
        .reason(reason).related(related).build();
  }
}
