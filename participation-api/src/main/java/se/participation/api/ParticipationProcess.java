// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.internal.Checks;
import se.participation.api.internal.PersistentMap;
import se.participation.api.internal.PersistentVector;
import se.participation.api.internal.ProcessAccess;

/**
 * The state of one participation process: the fold of its events. It is a value; the core's
 * {@code evolve} returns a new one for each event, with the version one higher.
 *
 * <p>Personal data is apart: participants are known by opaque identifiers and their contact
 * details sit in {@link #contacts()}, which erasure empties for a participant without touching
 * the rest of the record.
 *
 * <p>A process shares structure with the process it was made from: its maps and lists are
 * immutable and persistent, so an event that adds or changes one entry costs time logarithmic in
 * the size of the record, not a copy of it. Every map iterates in the order its entries were first
 * put (the two maps keyed by checklist question iterate in the questions' order); every collection
 * rejects modification. Two processes are equal when every attribute is equal.
 */
public final class ParticipationProcess {
  /**
   * What a process's steps seldom change, held apart so that an ordinary step (a proposal, a
   * registration, an answer) makes a process of the attributes that do change and shares this
   * with the process before.
   */
  private static final class Settled {
    final ProcessId id;
    final String title;
    final String question;
    final ActorId owner;
    final Instant startedAt;
    final EngagementLevel intendedLevel;
    final ProcessStatus status;
    final boolean dialogue;
    final @Nullable String nonDialogueReason;
    final @Nullable EngagementLevel nonDialogueLevel;
    final Plan plan;
    final @Nullable String withdrawalReason;
    final @Nullable Mandate mandate;
    final Map<ChecklistQuestion, Undocumented> undocumented;
    final PersistentMap<ActorId, Set<ActorRole>> grants;

    Settled(ProcessId id, String title, String question, ActorId owner, Instant startedAt,
        EngagementLevel intendedLevel, ProcessStatus status, boolean dialogue, @Nullable String nonDialogueReason,
        @Nullable EngagementLevel nonDialogueLevel, Plan plan, @Nullable String withdrawalReason,
        @Nullable Mandate mandate, Map<ChecklistQuestion, Undocumented> undocumented,
        PersistentMap<ActorId, Set<ActorRole>> grants) {
      this.id = id;
      this.title = title;
      this.question = question;
      this.owner = owner;
      this.startedAt = startedAt;
      this.intendedLevel = intendedLevel;
      this.status = status;
      this.dialogue = dialogue;
      this.nonDialogueReason = nonDialogueReason;
      this.nonDialogueLevel = nonDialogueLevel;
      this.plan = plan;
      this.withdrawalReason = withdrawalReason;
      this.mandate = mandate;
      this.undocumented = undocumented;
      this.grants = grants;
    }

    /**
     * This, when {@code next} leaves every settled attribute as it is (the same objects), else the
     * settled attributes {@code next} gives, checked as the builder checks them.
     */
    Settled after(ProcessAccess.Next next) {
      ProcessStatus nextStatus = next.status();
      boolean nextDialogue = next.dialogue();
      String nextReason = next.nonDialogueReason();
      EngagementLevel nextLevel = next.nonDialogueLevel();
      Plan nextPlan = next.plan();
      String nextWithdrawal = next.withdrawalReason();
      Mandate nextMandate = next.mandate();
      Map<ChecklistQuestion, Undocumented> nextUndocumented = next.undocumented();
      PersistentMap<ActorId, Set<ActorRole>> nextGrants = next.grants();
      if (nextStatus == status && nextDialogue == dialogue && nextReason == nonDialogueReason
          && nextLevel == nonDialogueLevel && nextPlan == plan && nextWithdrawal == withdrawalReason
          && nextMandate == mandate && nextUndocumented == undocumented && nextGrants == grants) {
        return this;
      }
      return new Settled(id, title, question, owner, startedAt, intendedLevel,
          Objects.requireNonNull(nextStatus, "status"), nextDialogue, nextReason, checkedNonDialogueLevel(nextLevel),
          Objects.requireNonNull(nextPlan, "plan"), nextWithdrawal, nextMandate,
          merged(Map.of(), nextUndocumented, "undocumented"), nextGrants);
    }
  }

  private final Settled settled;
  private final long version;
  private final Instant updatedAt;
  private final Part part;
  private final Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers;
  private final PersistentVector<ChecklistAnswer> answerHistory;
  private final PersistentMap<ParticipantId, Participant> participants;
  private final PersistentMap<ParticipantId, ContactDetails> contacts;
  private final PersistentMap<MeetingId, Meeting> meetings;
  private final PersistentMap<ProposalId, Proposal> proposals;
  private final PersistentMap<OffTopicId, OffTopicMatter> offTopicMatters;
  private final PersistentVector<FeedbackDelivery> feedback;
  private final PersistentVector<EvaluationAnswer> evaluationAnswers;
  private final PersistentVector<Lesson> lessons;
  private final PersistentVector<PartTransition> transitions;
  private final PersistentVector<Tally> tallies;
  private final PersistentMap<SortitionId, Sortition> sortitions;
  private int hash;

  static {
    ProcessAccess.register(ParticipationProcess::new);
  }

  private ParticipationProcess(Builder b, ProcessId id, String title, String question, ActorId owner,
      Instant startedAt, EngagementLevel intendedLevel) {
    this.settled = new Settled(id, title, question, owner, startedAt, intendedLevel, b.status, b.dialogue,
        b.nonDialogueReason, b.nonDialogueLevel, b.plan, b.withdrawalReason, b.mandate, b.undocumented, b.grants);
    this.version = b.version;
    this.updatedAt = b.updatedAt != null ? b.updatedAt : startedAt;
    this.part = b.part;
    this.decisionAnswers = b.decisionAnswers;
    this.answerHistory = b.answerHistory;
    this.participants = b.participants;
    this.contacts = b.contacts;
    this.meetings = b.meetings;
    this.proposals = b.proposals;
    this.offTopicMatters = b.offTopicMatters;
    this.feedback = b.feedback;
    this.evaluationAnswers = b.evaluationAnswers;
    this.lessons = b.lessons;
    this.transitions = b.transitions;
    this.tallies = b.tallies;
    this.sortitions = b.sortitions;
  }

  /** The process after {@code base} with what a step of the core's fold changed; see {@link ProcessAccess}. */
  private ParticipationProcess(ParticipationProcess base, ProcessAccess.Next next) {
    this.settled = base.settled.after(next);
    this.version = Checks.notNegative("version", next.version());
    this.updatedAt = Objects.requireNonNull(next.updatedAt(), "updatedAt");
    this.part = Objects.requireNonNull(next.part(), "part");
    this.decisionAnswers = merged(Map.of(), next.decisionAnswers(), "decisionAnswers");
    this.answerHistory = next.answerHistory();
    this.participants = next.participants();
    this.contacts = next.contacts();
    this.meetings = next.meetings();
    this.proposals = next.proposals();
    this.offTopicMatters = next.offTopicMatters();
    this.feedback = next.feedback();
    this.evaluationAnswers = next.evaluationAnswers();
    this.lessons = next.lessons();
    this.transitions = next.transitions();
    this.tallies = next.tallies();
    this.sortitions = next.sortitions();
    checkContacts(base, contacts, participants);
  }

  /** The process's identifier. */
  public ProcessId id() {
    return settled.id;
  }

  /** How many events the process has had; the version a command must expect. */
  public long version() {
    return version;
  }

  /** The title. */
  public String title() {
    return settled.title;
  }

  /** The question the process is about. */
  public String question() {
    return settled.question;
  }

  /** Who owns the process. */
  public ActorId owner() {
    return settled.owner;
  }

  /** When the process started. */
  public Instant startedAt() {
    return settled.startedAt;
  }

  /**
   * When the last event happened: a command dated more than a few minutes before it is refused,
   * and a history whose time runs backwards is impossible. Unless set, when the process started.
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Running, withdrawn or closed; unless set, running ({@code ACTIVE}). */
  public ProcessStatus status() {
    return settled.status;
  }

  /** The part the process is in; unless set, Beslut. */
  public Part part() {
    return part;
  }

  /** The level intended when the process started. */
  public EngagementLevel intendedLevel() {
    return settled.intendedLevel;
  }

  /**
   * Whether the process is run as a dialogue. It is, unless it was decided to continue as
   * information or consultation instead.
   */
  public boolean dialogue() {
    return settled.dialogue;
  }

  /** The current answer to each decision question answered, in the questions' order. */
  public Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers() {
    return decisionAnswers;
  }

  /** Every answer ever given to the decision checklist, oldest first: who changed what. */
  public List<ChecklistAnswer> answerHistory() {
    return answerHistory;
  }

  /** Why the process continues without dialogue, when it does. */
  public Optional<String> nonDialogueReason() {
    return Optional.ofNullable(settled.nonDialogueReason);
  }

  /** The level set when continuing without dialogue: information or consultation. */
  public Optional<EngagementLevel> nonDialogueLevel() {
    return Optional.ofNullable(settled.nonDialogueLevel);
  }

  /** The plan, as far as it is written; unless set, the empty plan. */
  public Plan plan() {
    return settled.plan;
  }

  /** The participants, by identifier, in order of registration. */
  public Map<ParticipantId, Participant> participants() {
    return participants;
  }

  /**
   * Contact details of participants who gave them, keyed by the participant; personal data,
   * erasable.
   */
  public Map<ParticipantId, ContactDetails> contacts() {
    return contacts;
  }

  /** The meetings, in order of scheduling. */
  public Map<MeetingId, Meeting> meetings() {
    return meetings;
  }

  /** The proposals, in order of submission. */
  public Map<ProposalId, Proposal> proposals() {
    return proposals;
  }

  /** Off-topic matters captured. */
  public Map<OffTopicId, OffTopicMatter> offTopicMatters() {
    return offTopicMatters;
  }

  /** Feedback given. */
  public List<FeedbackDelivery> feedback() {
    return feedback;
  }

  /** The participants' evaluation answers. */
  public List<EvaluationAnswer> evaluationAnswers() {
    return evaluationAnswers;
  }

  /** Lessons learned. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** The moves between parts, oldest first. */
  public List<PartTransition> transitions() {
    return transitions;
  }

  /** Counts the record gives in aggregate: people invited or attending, contributions by theme. */
  public List<Tally> tallies() {
    return tallies;
  }

  /**
   * The selections of participants by lot, in the order the record first mentions them: invitations,
   * pool, panel and replacements.
   */
  public Map<SortitionId, Sortition> sortitions() {
    return sortitions;
  }

  /**
   * The checklist questions marked as not documented, with why, in the questions' order; a later
   * answer or plan element supersedes the mark.
   */
  public Map<ChecklistQuestion, Undocumented> undocumented() {
    return settled.undocumented;
  }

  /** Why the process was withdrawn, when it was. */
  public Optional<String> withdrawalReason() {
    return Optional.ofNullable(settled.withdrawalReason);
  }

  /** The mandate for the dialogue, when recorded: who gave it, its case reference, its scope. */
  public Optional<Mandate> mandate() {
    return Optional.ofNullable(settled.mandate);
  }

  /**
   * The roles the owner has granted in this process, by actor (the owner holds {@code
   * PROCESS_OWNER} without a grant; residents take part as {@code PARTICIPANT} without one).
   */
  public Map<ActorId, Set<ActorRole>> grants() {
    return settled.grants;
  }

  /**
   * The roles an actor holds in this process: {@code PROCESS_OWNER} for the owner, and what the
   * owner granted. {@code PARTICIPANT} is never granted: a resident acts as herself.
   *
   * @param actor the actor
   * @return the roles, possibly none
   */
  public Set<ActorRole> rolesOf(ActorId actor) {
    java.util.EnumSet<ActorRole> roles = java.util.EnumSet.noneOf(ActorRole.class);
    if (actor.equals(settled.owner)) {
      roles.add(ActorRole.PROCESS_OWNER);
    }
    roles.addAll(settled.grants.getOrDefault(actor, Set.of()));
    return java.util.Collections.unmodifiableSet(roles);
  }

  /**
   * The level of engagement the process works at: the one chosen when continuing without
   * dialogue, else the plan's promised level, else the intended one.
   */
  public EngagementLevel level() {
    if (!settled.dialogue) {
      return nonDialogueLevel().orElse(EngagementLevel.INFORMATION);
    }
    return settled.plan.promisedLevel().orElse(settled.intendedLevel);
  }

  /**
   * Whether the process counts as dialogue in the handbook's sense: run as a dialogue at a
   * dialogue level. Information and consultation never count.
   */
  public boolean isDialogue() {
    return settled.dialogue && level().isDialogue();
  }

  /** The participant with an identifier, if registered. */
  public Optional<Participant> participant(ParticipantId id) {
    return Optional.ofNullable(participants.get(id));
  }

  /** The proposal with an identifier, if submitted. */
  public Optional<Proposal> proposal(ProposalId id) {
    return Optional.ofNullable(proposals.get(id));
  }

  /** The meeting with an identifier, if scheduled. */
  public Optional<Meeting> meeting(MeetingId id) {
    return Optional.ofNullable(meetings.get(id));
  }

  /** Whether {@code another} is a process with every attribute equal. */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof ParticipationProcess o) || hashCode() != o.hashCode()) {
      return false;
    }
    return settled.id.equals(o.settled.id) && version == o.version && settled.title.equals(o.settled.title) && settled.question.equals(o.settled.question)
        && settled.owner.equals(o.settled.owner) && settled.startedAt.equals(o.settled.startedAt) && updatedAt.equals(o.updatedAt)
        && settled.status == o.settled.status && part == o.part && settled.intendedLevel == o.settled.intendedLevel && settled.dialogue == o.settled.dialogue
        && decisionAnswers.equals(o.decisionAnswers) && answerHistory.equals(o.answerHistory)
        && Objects.equals(settled.nonDialogueReason, o.settled.nonDialogueReason) && settled.nonDialogueLevel == o.settled.nonDialogueLevel
        && settled.plan.equals(o.settled.plan) && participants.equals(o.participants) && contacts.equals(o.contacts)
        && meetings.equals(o.meetings) && proposals.equals(o.proposals) && offTopicMatters.equals(o.offTopicMatters)
        && feedback.equals(o.feedback) && evaluationAnswers.equals(o.evaluationAnswers) && lessons.equals(o.lessons)
        && transitions.equals(o.transitions) && tallies.equals(o.tallies) && sortitions.equals(o.sortitions) && settled.undocumented.equals(o.settled.undocumented)
        && Objects.equals(settled.withdrawalReason, o.settled.withdrawalReason) && Objects.equals(settled.mandate, o.settled.mandate)
        && settled.grants.equals(o.settled.grants);
  }

  /** A hash code of every attribute, computed once. */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 5381;
      for (Object attribute : new Object[] {settled.id, version, settled.title, settled.question, settled.owner, settled.startedAt, updatedAt, settled.status, part,
          settled.intendedLevel, settled.dialogue, decisionAnswers, answerHistory, settled.nonDialogueReason, settled.nonDialogueLevel, settled.plan,
          participants, contacts, meetings, proposals, offTopicMatters, feedback, evaluationAnswers, lessons,
          transitions, tallies, sortitions, settled.undocumented, settled.withdrawalReason, settled.mandate, settled.grants}) {
        h += (h << 5) + Objects.hashCode(attribute);
      }
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }

  /**
   * The attributes, for debugging. Contact details are personal data and are not printed, only
   * counted; the rest of the record is.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ParticipationProcess{");
    s.append("id=").append(settled.id).append(", version=").append(version).append(", title=").append(settled.title)
        .append(", question=").append(settled.question).append(", owner=").append(settled.owner).append(", startedAt=")
        .append(settled.startedAt).append(", updatedAt=").append(updatedAt).append(", status=").append(settled.status)
        .append(", part=").append(part).append(", intendedLevel=").append(settled.intendedLevel).append(", dialogue=")
        .append(settled.dialogue).append(", decisionAnswers=").append(decisionAnswers).append(", answerHistory=")
        .append(answerHistory);
    if (settled.nonDialogueReason != null) {
      s.append(", nonDialogueReason=").append(settled.nonDialogueReason);
    }
    if (settled.nonDialogueLevel != null) {
      s.append(", nonDialogueLevel=").append(settled.nonDialogueLevel);
    }
    s.append(", plan=").append(settled.plan).append(", participants=").append(participants).append(", contacts=")
        .append(contacts.size()).append(" withheld").append(", meetings=").append(meetings)
        .append(", proposals=").append(proposals).append(", offTopicMatters=").append(offTopicMatters)
        .append(", feedback=").append(feedback).append(", evaluationAnswers=").append(evaluationAnswers)
        .append(", lessons=").append(lessons).append(", transitions=").append(transitions).append(", tallies=")
        .append(tallies).append(", sortitions=").append(sortitions).append(", undocumented=").append(settled.undocumented);
    if (settled.withdrawalReason != null) {
      s.append(", withdrawalReason=").append(settled.withdrawalReason);
    }
    if (settled.mandate != null) {
      s.append(", mandate=").append(settled.mandate);
    }
    return s.append(", grants=").append(settled.grants).append('}').toString();
  }

  /**
   * {@code held} with {@code entries} put after it, as the process keeps a map keyed by checklist
   * question: in the questions' order, unmodifiable; {@code held} itself when there is nothing to
   * put, {@code entries} itself when they are such a map and {@code held} is empty.
   *
   * @throws NullPointerException naming {@code what} when a key or value is null
   */
  private static <V> Map<ChecklistQuestion, V> merged(Map<ChecklistQuestion, V> held,
      Map<ChecklistQuestion, ? extends V> entries, String what) {
    if (entries.isEmpty()) {
      return held;
    }
    if (held.isEmpty() && entries instanceof FrozenEnumMap) {
      return adopted(entries);
    }
    EnumMap<ChecklistQuestion, V> copy = new EnumMap<>(ChecklistQuestion.class);
    copy.putAll(held);
    entries.forEach((k, v) -> copy.put(Objects.requireNonNull(k, what + " key"), Objects.requireNonNull(v, what + " value")));
    return new FrozenEnumMap<>(copy);
  }

  private static @Nullable EngagementLevel checkedNonDialogueLevel(@Nullable EngagementLevel level) {
    if (level != null) {
      Checks.check(!level.isDialogue(), "nonDialogueLevel", "must be INFORMATION or KONSULTATION", level);
    }
    return level;
  }

  /**
   * Every contact belongs to a registered participant and is kept under her identifier; made
   * from a process that held it, only a contact put since, or a participant removed since, can
   * break it.
   */
  private static void checkContacts(@Nullable ParticipationProcess from,
      PersistentMap<ParticipantId, ContactDetails> contacts, PersistentMap<ParticipantId, Participant> participants) {
    if (from == null) {
      for (Map.Entry<ParticipantId, ContactDetails> e : contacts.entrySet()) {
        checkContact(e.getKey(), e.getValue(), participants);
      }
      return;
    }
    if (from.contacts == contacts && from.participants == participants) {
      return;
    }
    PersistentMap.diff(from.contacts, contacts, (before, after) -> {
      if (after != null) {
        checkContact(after.getKey(), after.getValue(), participants);
      }
    });
    PersistentMap.diff(from.participants, participants, (before, after) -> {
      if (before != null && !participants.containsKey(before.getKey())) {
        Checks.check(!contacts.containsKey(before.getKey()), "contacts", "must belong to a registered participant",
            before.getKey());
      }
    });
  }

  private static void checkContact(ParticipantId key, ContactDetails contact,
      PersistentMap<ParticipantId, Participant> participants) {
    Checks.check(key.equals(contact.participant()), "contacts", "must be kept under the contact's participant", key);
    Checks.check(participants.containsKey(contact.participant()), "contacts",
        "must belong to a registered participant", contact.participant());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An enum-keyed map that no one can change; what the builder puts into a process. */
  private static final class FrozenEnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> {
    private final EnumMap<K, V> map;

    FrozenEnumMap(EnumMap<K, V> map) {
      this.map = map;
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      return java.util.Collections.unmodifiableMap(map).entrySet();
    }
  }

  /** An unmodifiable copy of a set of roles, in the roles' order. */
  private static Set<ActorRole> roles(Set<ActorRole> roles) {
    for (ActorRole role : roles) {
      Objects.requireNonNull(role, "grants value element");
    }
    return roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles));
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> adopted(Map<K, ? extends V> frozen) {
    return (Map<K, V>) frozen;
  }

  /**
   * Builds a {@link ParticipationProcess}. Required: {@code id}, {@code version}, {@code title},
   * {@code question}, {@code owner}, {@code startedAt} and {@code intendedLevel}; everything else
   * has a default or starts empty. A builder made {@link #from} a process shares that process's
   * collections, so building a process that differs in a few entries costs time proportional to
   * those entries. Not thread-safe; a built process never changes when the builder does.
   */
  public static final class Builder {
    private @Nullable ParticipationProcess base;
    private @Nullable ProcessId id;
    private boolean versionSet;
    private long version;
    private @Nullable String title;
    private @Nullable String question;
    private @Nullable ActorId owner;
    private @Nullable Instant startedAt;
    private @Nullable Instant updatedAt;
    private ProcessStatus status = ProcessStatus.ACTIVE;
    private Part part = Part.BESLUT;
    private @Nullable EngagementLevel intendedLevel;
    private boolean dialogue = true;
    private Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers = Map.of();
    private PersistentVector<ChecklistAnswer> answerHistory = PersistentVector.empty();
    private @Nullable String nonDialogueReason;
    private @Nullable EngagementLevel nonDialogueLevel;
    private Plan plan = Plan.empty();
    private PersistentMap<ParticipantId, Participant> participants = PersistentMap.empty();
    private PersistentMap<ParticipantId, ContactDetails> contacts = PersistentMap.empty();
    private PersistentMap<MeetingId, Meeting> meetings = PersistentMap.empty();
    private PersistentMap<ProposalId, Proposal> proposals = PersistentMap.empty();
    private PersistentMap<OffTopicId, OffTopicMatter> offTopicMatters = PersistentMap.empty();
    private PersistentVector<FeedbackDelivery> feedback = PersistentVector.empty();
    private PersistentVector<EvaluationAnswer> evaluationAnswers = PersistentVector.empty();
    private PersistentVector<Lesson> lessons = PersistentVector.empty();
    private PersistentVector<PartTransition> transitions = PersistentVector.empty();
    private PersistentVector<Tally> tallies = PersistentVector.empty();
    private PersistentMap<SortitionId, Sortition> sortitions = PersistentMap.empty();
    private Map<ChecklistQuestion, Undocumented> undocumented = Map.of();
    private @Nullable String withdrawalReason;
    private @Nullable Mandate mandate;
    private PersistentMap<ActorId, Set<ActorRole>> grants = PersistentMap.empty();

    Builder() {}

    /**
     * Takes every attribute of {@code instance}: its single values replace what was set, its
     * optional values replace what was set when present, and its collections are added after
     * what was already put or added (taken over without copying when nothing was).
     *
     * @param instance the process to start from
     * @return this builder
     * @throws NullPointerException when {@code instance} is null
     */
    public Builder from(ParticipationProcess instance) {
      Objects.requireNonNull(instance, "instance");
      base = instance;
      id = instance.settled.id;
      version(instance.version);
      title = instance.settled.title;
      question = instance.settled.question;
      owner = instance.settled.owner;
      startedAt = instance.settled.startedAt;
      updatedAt = instance.updatedAt;
      status = instance.settled.status;
      part = instance.part;
      intendedLevel = instance.settled.intendedLevel;
      dialogue = instance.settled.dialogue;
      putAllDecisionAnswers(instance.decisionAnswers);
      addAllAnswerHistory(instance.answerHistory);
      if (instance.settled.nonDialogueReason != null) {
        nonDialogueReason = instance.settled.nonDialogueReason;
      }
      if (instance.settled.nonDialogueLevel != null) {
        nonDialogueLevel = instance.settled.nonDialogueLevel;
      }
      plan = instance.settled.plan;
      putAllParticipants(instance.participants);
      putAllContacts(instance.contacts);
      putAllMeetings(instance.meetings);
      putAllProposals(instance.proposals);
      putAllOffTopicMatters(instance.offTopicMatters);
      addAllFeedback(instance.feedback);
      addAllEvaluationAnswers(instance.evaluationAnswers);
      addAllLessons(instance.lessons);
      addAllTransitions(instance.transitions);
      addAllTallies(instance.tallies);
      putAllSortitions(instance.sortitions);
      putAllUndocumented(instance.settled.undocumented);
      if (instance.settled.withdrawalReason != null) {
        withdrawalReason = instance.settled.withdrawalReason;
      }
      if (instance.settled.mandate != null) {
        mandate = instance.settled.mandate;
      }
      putAllGrants(instance.settled.grants);
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#id()}.
     *
     * @param id the identifier
     * @return this builder
     * @throws NullPointerException when {@code id} is null
     */
    public Builder id(ProcessId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#version()}; it must not be negative.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      this.versionSet = true;
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#title()}; it must not be blank.
     *
     * @param title the title
     * @return this builder
     * @throws NullPointerException when {@code title} is null
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#question()}; it must not be blank.
     *
     * @param question the question
     * @return this builder
     * @throws NullPointerException when {@code question} is null
     */
    public Builder question(String question) {
      this.question = Objects.requireNonNull(question, "question");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#owner()}.
     *
     * @param owner the owner
     * @return this builder
     * @throws NullPointerException when {@code owner} is null
     */
    public Builder owner(ActorId owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#startedAt()}.
     *
     * @param startedAt when the process started
     * @return this builder
     * @throws NullPointerException when {@code startedAt} is null
     */
    public Builder startedAt(Instant startedAt) {
      this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#updatedAt()}; unless set, the start.
     *
     * @param updatedAt when the last event happened
     * @return this builder
     * @throws NullPointerException when {@code updatedAt} is null
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#status()}; unless set, {@code ACTIVE}.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException when {@code status} is null
     */
    public Builder status(ProcessStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#part()}; unless set, Beslut.
     *
     * @param part the part
     * @return this builder
     * @throws NullPointerException when {@code part} is null
     */
    public Builder part(Part part) {
      this.part = Objects.requireNonNull(part, "part");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#intendedLevel()}.
     *
     * @param intendedLevel the level intended at the start
     * @return this builder
     * @throws NullPointerException when {@code intendedLevel} is null
     */
    public Builder intendedLevel(EngagementLevel intendedLevel) {
      this.intendedLevel = Objects.requireNonNull(intendedLevel, "intendedLevel");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#dialogue()}; unless set, true.
     *
     * @param dialogue whether the process is run as a dialogue
     * @return this builder
     */
    public Builder dialogue(boolean dialogue) {
      this.dialogue = dialogue;
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#nonDialogueReason()}.
     *
     * @param nonDialogueReason why the process continues without dialogue
     * @return this builder
     * @throws NullPointerException when {@code nonDialogueReason} is null
     */
    public Builder nonDialogueReason(String nonDialogueReason) {
      this.nonDialogueReason = Objects.requireNonNull(nonDialogueReason, "nonDialogueReason");
      return this;
    }

    /**
     * Sets or clears {@link ParticipationProcess#nonDialogueReason()}.
     *
     * @param nonDialogueReason the reason, or empty for none
     * @return this builder
     * @throws NullPointerException when {@code nonDialogueReason} is null
     */
    public Builder nonDialogueReason(Optional<String> nonDialogueReason) {
      this.nonDialogueReason = nonDialogueReason.orElse(null);
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#nonDialogueLevel()}: information or consultation.
     *
     * @param nonDialogueLevel the level
     * @return this builder
     * @throws NullPointerException when {@code nonDialogueLevel} is null
     */
    public Builder nonDialogueLevel(EngagementLevel nonDialogueLevel) {
      this.nonDialogueLevel = Objects.requireNonNull(nonDialogueLevel, "nonDialogueLevel");
      return this;
    }

    /**
     * Sets or clears {@link ParticipationProcess#nonDialogueLevel()}.
     *
     * @param nonDialogueLevel the level, or empty for none
     * @return this builder
     * @throws NullPointerException when {@code nonDialogueLevel} is null
     */
    public Builder nonDialogueLevel(Optional<? extends EngagementLevel> nonDialogueLevel) {
      this.nonDialogueLevel = nonDialogueLevel.orElse(null);
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#plan()}; unless set, the empty plan.
     *
     * @param plan the plan
     * @return this builder
     * @throws NullPointerException when {@code plan} is null
     */
    public Builder plan(Plan plan) {
      this.plan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#withdrawalReason()}.
     *
     * @param withdrawalReason why the process was withdrawn
     * @return this builder
     * @throws NullPointerException when {@code withdrawalReason} is null
     */
    public Builder withdrawalReason(String withdrawalReason) {
      this.withdrawalReason = Objects.requireNonNull(withdrawalReason, "withdrawalReason");
      return this;
    }

    /**
     * Sets or clears {@link ParticipationProcess#withdrawalReason()}.
     *
     * @param withdrawalReason the reason, or empty for none
     * @return this builder
     * @throws NullPointerException when {@code withdrawalReason} is null
     */
    public Builder withdrawalReason(Optional<String> withdrawalReason) {
      this.withdrawalReason = withdrawalReason.orElse(null);
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#mandate()}.
     *
     * @param mandate the mandate
     * @return this builder
     * @throws NullPointerException when {@code mandate} is null
     */
    public Builder mandate(Mandate mandate) {
      this.mandate = Objects.requireNonNull(mandate, "mandate");
      return this;
    }

    /**
     * Sets or clears {@link ParticipationProcess#mandate()}.
     *
     * @param mandate the mandate, or empty for none
     * @return this builder
     * @throws NullPointerException when {@code mandate} is null
     */
    public Builder mandate(Optional<? extends Mandate> mandate) {
      this.mandate = mandate.orElse(null);
      return this;
    }

    /**
     * Puts the current answer to a decision question into {@link ParticipationProcess#decisionAnswers()}, replacing the question's earlier one.
     *
     * @param key the question
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putDecisionAnswer(ChecklistQuestion key, ChecklistAnswer value) {
      Objects.requireNonNull(key, "decisionAnswers key");
      Objects.requireNonNull(value, "decisionAnswers value");
      EnumMap<ChecklistQuestion, ChecklistAnswer> copy = new EnumMap<>(ChecklistQuestion.class);
      copy.putAll(decisionAnswers);
      copy.put(key, value);
      decisionAnswers = new FrozenEnumMap<>(copy);
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#decisionAnswers()}, as {@link #putDecisionAnswer(ChecklistQuestion, ChecklistAnswer)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putDecisionAnswer(Map.Entry<ChecklistQuestion, ? extends ChecklistAnswer> entry) {
      return putDecisionAnswer(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#decisionAnswers()}.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllDecisionAnswers(Map<ChecklistQuestion, ? extends ChecklistAnswer> entries) {
      decisionAnswers = merged(decisionAnswers, entries, "decisionAnswers");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#decisionAnswers()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder decisionAnswers(Map<ChecklistQuestion, ? extends ChecklistAnswer> entries) {
      decisionAnswers = Map.of();
      return putAllDecisionAnswers(entries);
    }

    /**
     * Puts a participant into {@link ParticipationProcess#participants()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putParticipant(ParticipantId key, Participant value) {
      participants = participants.plus(Objects.requireNonNull(key, "participants key"), Objects.requireNonNull(value, "participants value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#participants()}, as {@link #putParticipant(ParticipantId, Participant)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putParticipant(Map.Entry<? extends ParticipantId, ? extends Participant> entry) {
      return putParticipant(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#participants()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllParticipants(Map<? extends ParticipantId, ? extends Participant> entries) {
      if (participants.isEmpty() && entries instanceof PersistentMap) {
        participants = PersistentMap.copyOf(entries, "participants");
      } else {
        entries.forEach(this::putParticipant);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#participants()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder participants(Map<? extends ParticipantId, ? extends Participant> entries) {
      participants = PersistentMap.empty();
      return putAllParticipants(entries);
    }

    /**
     * Puts a participant's contact details into {@link ParticipationProcess#contacts()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putContact(ParticipantId key, ContactDetails value) {
      contacts = contacts.plus(Objects.requireNonNull(key, "contacts key"), Objects.requireNonNull(value, "contacts value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#contacts()}, as {@link #putContact(ParticipantId, ContactDetails)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putContact(Map.Entry<? extends ParticipantId, ? extends ContactDetails> entry) {
      return putContact(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#contacts()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllContacts(Map<? extends ParticipantId, ? extends ContactDetails> entries) {
      if (contacts.isEmpty() && entries instanceof PersistentMap) {
        contacts = PersistentMap.copyOf(entries, "contacts");
      } else {
        entries.forEach(this::putContact);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#contacts()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder contacts(Map<? extends ParticipantId, ? extends ContactDetails> entries) {
      contacts = PersistentMap.empty();
      return putAllContacts(entries);
    }

    /**
     * Puts a meeting into {@link ParticipationProcess#meetings()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putMeeting(MeetingId key, Meeting value) {
      meetings = meetings.plus(Objects.requireNonNull(key, "meetings key"), Objects.requireNonNull(value, "meetings value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#meetings()}, as {@link #putMeeting(MeetingId, Meeting)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putMeeting(Map.Entry<? extends MeetingId, ? extends Meeting> entry) {
      return putMeeting(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#meetings()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllMeetings(Map<? extends MeetingId, ? extends Meeting> entries) {
      if (meetings.isEmpty() && entries instanceof PersistentMap) {
        meetings = PersistentMap.copyOf(entries, "meetings");
      } else {
        entries.forEach(this::putMeeting);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#meetings()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder meetings(Map<? extends MeetingId, ? extends Meeting> entries) {
      meetings = PersistentMap.empty();
      return putAllMeetings(entries);
    }

    /**
     * Puts a proposal into {@link ParticipationProcess#proposals()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putProposal(ProposalId key, Proposal value) {
      proposals = proposals.plus(Objects.requireNonNull(key, "proposals key"), Objects.requireNonNull(value, "proposals value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#proposals()}, as {@link #putProposal(ProposalId, Proposal)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putProposal(Map.Entry<? extends ProposalId, ? extends Proposal> entry) {
      return putProposal(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#proposals()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllProposals(Map<? extends ProposalId, ? extends Proposal> entries) {
      if (proposals.isEmpty() && entries instanceof PersistentMap) {
        proposals = PersistentMap.copyOf(entries, "proposals");
      } else {
        entries.forEach(this::putProposal);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#proposals()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder proposals(Map<? extends ProposalId, ? extends Proposal> entries) {
      proposals = PersistentMap.empty();
      return putAllProposals(entries);
    }

    /**
     * Puts an off-topic matter into {@link ParticipationProcess#offTopicMatters()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putOffTopicMatter(OffTopicId key, OffTopicMatter value) {
      offTopicMatters = offTopicMatters.plus(Objects.requireNonNull(key, "offTopicMatters key"), Objects.requireNonNull(value, "offTopicMatters value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#offTopicMatters()}, as {@link #putOffTopicMatter(OffTopicId, OffTopicMatter)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putOffTopicMatter(Map.Entry<? extends OffTopicId, ? extends OffTopicMatter> entry) {
      return putOffTopicMatter(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#offTopicMatters()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllOffTopicMatters(Map<? extends OffTopicId, ? extends OffTopicMatter> entries) {
      if (offTopicMatters.isEmpty() && entries instanceof PersistentMap) {
        offTopicMatters = PersistentMap.copyOf(entries, "offTopicMatters");
      } else {
        entries.forEach(this::putOffTopicMatter);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#offTopicMatters()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder offTopicMatters(Map<? extends OffTopicId, ? extends OffTopicMatter> entries) {
      offTopicMatters = PersistentMap.empty();
      return putAllOffTopicMatters(entries);
    }

    /**
     * Puts a sortition into {@link ParticipationProcess#sortitions()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putSortition(SortitionId key, Sortition value) {
      sortitions = sortitions.plus(Objects.requireNonNull(key, "sortitions key"), Objects.requireNonNull(value, "sortitions value"));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#sortitions()}, as {@link #putSortition(SortitionId, Sortition)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putSortition(Map.Entry<? extends SortitionId, ? extends Sortition> entry) {
      return putSortition(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#sortitions()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllSortitions(Map<? extends SortitionId, ? extends Sortition> entries) {
      if (sortitions.isEmpty() && entries instanceof PersistentMap) {
        sortitions = PersistentMap.copyOf(entries, "sortitions");
      } else {
        entries.forEach(this::putSortition);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#sortitions()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder sortitions(Map<? extends SortitionId, ? extends Sortition> entries) {
      sortitions = PersistentMap.empty();
      return putAllSortitions(entries);
    }

    /**
     * Puts a question marked as not documented into {@link ParticipationProcess#undocumented()}, replacing the question's earlier one.
     *
     * @param key the question
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putUndocumented(ChecklistQuestion key, Undocumented value) {
      Objects.requireNonNull(key, "undocumented key");
      Objects.requireNonNull(value, "undocumented value");
      EnumMap<ChecklistQuestion, Undocumented> copy = new EnumMap<>(ChecklistQuestion.class);
      copy.putAll(undocumented);
      copy.put(key, value);
      undocumented = new FrozenEnumMap<>(copy);
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#undocumented()}, as {@link #putUndocumented(ChecklistQuestion, Undocumented)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putUndocumented(Map.Entry<ChecklistQuestion, ? extends Undocumented> entry) {
      return putUndocumented(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#undocumented()}.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllUndocumented(Map<ChecklistQuestion, ? extends Undocumented> entries) {
      undocumented = merged(undocumented, entries, "undocumented");
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#undocumented()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder undocumented(Map<ChecklistQuestion, ? extends Undocumented> entries) {
      undocumented = Map.of();
      return putAllUndocumented(entries);
    }

    /**
     * Puts the roles granted to an actor into {@link ParticipationProcess#grants()}, after those already put; a key put
     * again keeps its place and takes the new value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException when {@code key} or {@code value} is null
     */
    public Builder putGrant(ActorId key, Set<ActorRole> value) {
      grants = grants.plus(Objects.requireNonNull(key, "grants key"), roles(Objects.requireNonNull(value, "grants value")));
      return this;
    }

    /**
     * Puts an entry into {@link ParticipationProcess#grants()}, as {@link #putGrant(ActorId, Set)}.
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException when the entry, its key or its value is null
     */
    public Builder putGrant(Map.Entry<? extends ActorId, Set<ActorRole>> entry) {
      return putGrant(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of {@code entries} into {@link ParticipationProcess#grants()}, in their order.
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder putAllGrants(Map<? extends ActorId, Set<ActorRole>> entries) {
      if (grants.isEmpty() && entries instanceof PersistentMap) {
        grants = PersistentMap.copyOf(entries, "grants");
      } else {
        entries.forEach(this::putGrant);
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#grants()} to {@code entries}, replacing what was put.
     *
     * @param entries the entries, in their order
     * @return this builder
     * @throws NullPointerException when a key or value is null
     */
    public Builder grants(Map<? extends ActorId, Set<ActorRole>> entries) {
      grants = PersistentMap.empty();
      return putAllGrants(entries);
    }

    /**
     * Adds an answer to the decision checklist at the end of {@link ParticipationProcess#answerHistory()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addAnswerHistory(ChecklistAnswer element) {
      answerHistory = answerHistory.plus(Objects.requireNonNull(element, "answerHistory element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#answerHistory()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAnswerHistory(ChecklistAnswer... elements) {
      for (ChecklistAnswer element : elements) {
        addAnswerHistory(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#answerHistory()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllAnswerHistory(Iterable<? extends ChecklistAnswer> elements) {
      if (answerHistory.isEmpty() && elements instanceof PersistentVector) {
        answerHistory = PersistentVector.copyOf(elements, "answerHistory element");
      } else {
        for (ChecklistAnswer element : elements) {
          addAnswerHistory(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#answerHistory()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder answerHistory(Iterable<? extends ChecklistAnswer> elements) {
      answerHistory = PersistentVector.empty();
      return addAllAnswerHistory(elements);
    }

    /**
     * Adds a feedback delivery at the end of {@link ParticipationProcess#feedback()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addFeedback(FeedbackDelivery element) {
      feedback = feedback.plus(Objects.requireNonNull(element, "feedback element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#feedback()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addFeedback(FeedbackDelivery... elements) {
      for (FeedbackDelivery element : elements) {
        addFeedback(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#feedback()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllFeedback(Iterable<? extends FeedbackDelivery> elements) {
      if (feedback.isEmpty() && elements instanceof PersistentVector) {
        feedback = PersistentVector.copyOf(elements, "feedback element");
      } else {
        for (FeedbackDelivery element : elements) {
          addFeedback(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#feedback()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder feedback(Iterable<? extends FeedbackDelivery> elements) {
      feedback = PersistentVector.empty();
      return addAllFeedback(elements);
    }

    /**
     * Adds an evaluation answer at the end of {@link ParticipationProcess#evaluationAnswers()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addEvaluationAnswer(EvaluationAnswer element) {
      evaluationAnswers = evaluationAnswers.plus(Objects.requireNonNull(element, "evaluationAnswers element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#evaluationAnswers()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addEvaluationAnswers(EvaluationAnswer... elements) {
      for (EvaluationAnswer element : elements) {
        addEvaluationAnswer(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#evaluationAnswers()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllEvaluationAnswers(Iterable<? extends EvaluationAnswer> elements) {
      if (evaluationAnswers.isEmpty() && elements instanceof PersistentVector) {
        evaluationAnswers = PersistentVector.copyOf(elements, "evaluationAnswers element");
      } else {
        for (EvaluationAnswer element : elements) {
          addEvaluationAnswer(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#evaluationAnswers()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder evaluationAnswers(Iterable<? extends EvaluationAnswer> elements) {
      evaluationAnswers = PersistentVector.empty();
      return addAllEvaluationAnswers(elements);
    }

    /**
     * Adds a lesson at the end of {@link ParticipationProcess#lessons()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addLesson(Lesson element) {
      lessons = lessons.plus(Objects.requireNonNull(element, "lessons element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#lessons()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addLessons(Lesson... elements) {
      for (Lesson element : elements) {
        addLesson(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#lessons()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllLessons(Iterable<? extends Lesson> elements) {
      if (lessons.isEmpty() && elements instanceof PersistentVector) {
        lessons = PersistentVector.copyOf(elements, "lessons element");
      } else {
        for (Lesson element : elements) {
          addLesson(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#lessons()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder lessons(Iterable<? extends Lesson> elements) {
      lessons = PersistentVector.empty();
      return addAllLessons(elements);
    }

    /**
     * Adds a move between parts at the end of {@link ParticipationProcess#transitions()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addTransition(PartTransition element) {
      transitions = transitions.plus(Objects.requireNonNull(element, "transitions element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#transitions()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addTransitions(PartTransition... elements) {
      for (PartTransition element : elements) {
        addTransition(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#transitions()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllTransitions(Iterable<? extends PartTransition> elements) {
      if (transitions.isEmpty() && elements instanceof PersistentVector) {
        transitions = PersistentVector.copyOf(elements, "transitions element");
      } else {
        for (PartTransition element : elements) {
          addTransition(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#transitions()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder transitions(Iterable<? extends PartTransition> elements) {
      transitions = PersistentVector.empty();
      return addAllTransitions(elements);
    }

    /**
     * Adds a tally at the end of {@link ParticipationProcess#tallies()}.
     *
     * @param element the element
     * @return this builder
     * @throws NullPointerException when {@code element} is null
     */
    public Builder addTally(Tally element) {
      tallies = tallies.plus(Objects.requireNonNull(element, "tallies element"));
      return this;
    }

    /**
     * Adds elements at the end of {@link ParticipationProcess#tallies()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addTallies(Tally... elements) {
      for (Tally element : elements) {
        addTally(element);
      }
      return this;
    }

    /**
     * Adds every element of {@code elements} at the end of {@link ParticipationProcess#tallies()}, in order.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder addAllTallies(Iterable<? extends Tally> elements) {
      if (tallies.isEmpty() && elements instanceof PersistentVector) {
        tallies = PersistentVector.copyOf(elements, "tallies element");
      } else {
        for (Tally element : elements) {
          addTally(element);
        }
      }
      return this;
    }

    /**
     * Sets {@link ParticipationProcess#tallies()} to {@code elements}, replacing what was added.
     *
     * @param elements the elements, in order
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder tallies(Iterable<? extends Tally> elements) {
      tallies = PersistentVector.empty();
      return addAllTallies(elements);
    }

    /**
     * The process. Its invariants are checked: a version not negative, a title and a question not
     * blank, a level without dialogue that is information or consultation, and contact details
     * only of registered participants, each under its own participant. Made {@link #from} a
     * process, the last check looks only at the entries that differ from it.
     *
     * @return the process
     * @throws IllegalStateException when a required attribute is not set, naming every one
     * @throws IllegalArgumentException when an invariant does not hold, naming the attribute
     */
    public ParticipationProcess build() {
      if (id == null || !versionSet || title == null || question == null || owner == null
          || startedAt == null || intendedLevel == null) {
        List<String> missing = new ArrayList<>();
        if (id == null) {
          missing.add("id");
        }
        if (!versionSet) {
          missing.add("version");
        }
        if (title == null) {
          missing.add("title");
        }
        if (question == null) {
          missing.add("question");
        }
        if (owner == null) {
          missing.add("owner");
        }
        if (startedAt == null) {
          missing.add("startedAt");
        }
        if (intendedLevel == null) {
          missing.add("intendedLevel");
        }
        throw new IllegalStateException(
            "Cannot build ParticipationProcess, some of required attributes are not set " + missing);
      }
      Checks.notNegative("version", version);
      ParticipationProcess from = base;
      // What the base held was checked when it was built.
      if (from == null || !title.equals(from.settled.title)) {
        Checks.notBlank("title", title);
      }
      if (from == null || !question.equals(from.settled.question)) {
        Checks.notBlank("question", question);
      }
      checkedNonDialogueLevel(nonDialogueLevel);
      checkContacts(from, contacts, participants);
      return new ParticipationProcess(this, id, title, question, owner, startedAt, intendedLevel);
    }
  }
}
