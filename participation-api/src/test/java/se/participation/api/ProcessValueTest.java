// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The process as a value: what its builder requires and checks, that a process built from another
 * with changes equals one built from scratch with the same content, that its collections cannot be
 * changed, keep their order, and that its text form withholds contact details.
 */
class ProcessValueTest {
  private static final Instant T = Instant.parse("2021-03-01T09:00:00Z");
  private static final ActorId OWNER = ActorId.of("anna");

  private static ParticipationProcess.Builder base() {
    return ParticipationProcess.builder().id(ProcessId.of("p")).version(3).title("Mål").question("Vilka mål?")
        .owner(OWNER).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG);
  }

  private static Participant participant(int i) {
    return Participant.builder().id(ParticipantId.of("p" + i)).role(ParticipantRole.RESIDENT).build();
  }

  private static ContactDetails contact(int i) {
    return ContactDetails.builder().participant(ParticipantId.of("p" + i)).email("p" + i + "@example.se").build();
  }

  private static final ParticipantId P1 = ParticipantId.of("p1");

  /** A process with every attribute set to something other than its default. */
  private static ParticipationProcess full() {
    Meeting meeting = Meeting.builder().id(MeetingId.of("m1")).title("Möte").format(MeetingFormat.PHYSICAL)
        .start(java.time.LocalDateTime.parse("2021-03-10T17:00")).end(java.time.LocalDateTime.parse("2021-03-10T19:00"))
        .build();
    Proposal proposal = Proposal.of(
        ProposalDraft.builder().id(ProposalId.of("pr1")).text("Fler möten").authorship(Authorship.named(P1)).build(),
        LineageStep.builder().status(ProposalStatus.SUBMITTED).actor(OWNER).at(T).build());
    ChecklistAnswer answer = ChecklistAnswer.builder().question(ChecklistQuestion.decisionQuestions().get(0)).yes(true)
        .answeredBy(OWNER).answeredAt(T).build();
    ChecklistQuestion q = ChecklistQuestion.decisionQuestions().get(1);
    return base().version(7).updatedAt(T.plusSeconds(60)).status(ProcessStatus.WITHDRAWN).part(Part.PLANERING)
        .dialogue(false).nonDialogueReason("Frågan var redan avgjord").nonDialogueLevel(EngagementLevel.KONSULTATION)
        .plan(Plan.builder().purpose("Syfte").build())
        .putDecisionAnswer(answer.question(), answer).addAnswerHistory(answer)
        .putParticipant(P1, participant(1)).putContact(P1, contact(1)).putMeeting(meeting.id(), meeting)
        .putProposal(proposal.id(), proposal)
        .putOffTopicMatter(OffTopicId.of("o1"), OffTopicMatter.builder().id(OffTopicId.of("o1")).text("Parkering").build())
        .addFeedback(FeedbackDelivery.builder().id(FeedbackId.of("f1")).audience(FeedbackAudience.PARTICIPANTS)
            .addParticipant(P1).channel("e-post").at(T).content("Tack").build())
        .addEvaluationAnswer(EvaluationAnswer.builder().question("Hur var det?").answer("Bra").at(T).build())
        .addLesson(new Lesson("Börja tidigare", OWNER, T))
        .addTransition(new PartTransition(Part.BESLUT, Part.PLANERING, OWNER, T))
        .addTally(Tally.of(TallyKind.INVITED, "inbjudna", new Count(40, true, java.util.Optional.empty())))
        .putSortition(SortitionId.of("s1"), Sortition.of(SortitionId.of("s1")))
        .putUndocumented(q, new Undocumented(q, java.util.Optional.of("Saknas"), OWNER, T))
        .withdrawalReason("Ingen budget").mandate(Mandate.by("Nämnden"))
        .putGrant(ActorId.of("fia"), Set.of(ActorRole.FACILITATOR))
        .build();
  }

  @Test
  void everyAttributeSetIsReadBack() {
    ParticipationProcess p = full();
    assertThat(p.id()).isEqualTo(ProcessId.of("p"));
    assertThat(p.version()).isEqualTo(7);
    assertThat(p.title()).isEqualTo("Mål");
    assertThat(p.question()).isEqualTo("Vilka mål?");
    assertThat(p.owner()).isEqualTo(OWNER);
    assertThat(p.startedAt()).isEqualTo(T);
    assertThat(p.updatedAt()).isEqualTo(T.plusSeconds(60));
    assertThat(p.status()).isEqualTo(ProcessStatus.WITHDRAWN);
    assertThat(p.part()).isEqualTo(Part.PLANERING);
    assertThat(p.intendedLevel()).isEqualTo(EngagementLevel.RESONEMANG);
    assertThat(p.dialogue()).isFalse();
    assertThat(p.nonDialogueReason()).contains("Frågan var redan avgjord");
    assertThat(p.nonDialogueLevel()).contains(EngagementLevel.KONSULTATION);
    assertThat(p.plan().purpose()).contains("Syfte");
    assertThat(p.decisionAnswers()).hasSize(1);
    assertThat(p.answerHistory()).hasSize(1);
    assertThat(p.participants()).containsOnlyKeys(P1);
    assertThat(p.contacts()).containsOnlyKeys(P1);
    assertThat(p.meetings()).containsOnlyKeys(MeetingId.of("m1"));
    assertThat(p.proposals()).containsOnlyKeys(ProposalId.of("pr1"));
    assertThat(p.offTopicMatters()).containsOnlyKeys(OffTopicId.of("o1"));
    assertThat(p.feedback()).hasSize(1);
    assertThat(p.evaluationAnswers()).hasSize(1);
    assertThat(p.lessons()).hasSize(1);
    assertThat(p.transitions()).hasSize(1);
    assertThat(p.tallies()).hasSize(1);
    assertThat(p.sortitions()).containsOnlyKeys(SortitionId.of("s1"));
    assertThat(p.undocumented()).hasSize(1).containsKey(ChecklistQuestion.decisionQuestions().get(1));
    assertThat(p.withdrawalReason()).contains("Ingen budget");
    assertThat(p.mandate()).contains(Mandate.by("Nämnden"));
    assertThat(p.grants()).containsOnlyKeys(ActorId.of("fia"));
    assertThat(p.toString()).contains("nonDialogueReason=Frågan var redan avgjord", "nonDialogueLevel=KONSULTATION",
        "withdrawalReason=Ingen budget", "mandate=", "contacts=1 withheld");
    assertThat(base().build().toString()).doesNotContain("nonDialogueReason", "nonDialogueLevel", "withdrawalReason",
        "mandate=");
    // A builder from a process gives an equal process, sharing its collections.
    ParticipationProcess copy = ParticipationProcess.builder().from(p).build();
    assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p).hasToString(p.toString());
    assertThat(copy.participants()).isSameAs(p.participants());
    assertThat(copy.feedback()).isSameAs(p.feedback());
    assertThat(copy.decisionAnswers()).isSameAs(p.decisionAnswers());
    assertThat(copy.grants()).isSameAs(p.grants());
  }

  /** Each attribute changed alone gives a process that is not equal. */
  @Test
  void processesDifferingInOneAttributeAreNotEqual() {
    ParticipationProcess p = full();
    List<java.util.function.UnaryOperator<ParticipationProcess.Builder>> changes = List.of(
        b -> b.id(ProcessId.of("q")), b -> b.version(8), b -> b.title("Annan"), b -> b.question("Annan?"),
        b -> b.owner(ActorId.of("olle")), b -> b.startedAt(T.minusSeconds(1)), b -> b.updatedAt(T.plusSeconds(61)),
        b -> b.status(ProcessStatus.CLOSED), b -> b.part(Part.GENOMFORANDE), b -> b.intendedLevel(EngagementLevel.DELAKTIGHET),
        b -> b.dialogue(true), b -> b.decisionAnswers(Map.of()), b -> b.answerHistory(List.of()),
        b -> b.nonDialogueReason(java.util.Optional.empty()), b -> b.nonDialogueLevel(EngagementLevel.INFORMATION),
        b -> b.plan(Plan.empty()), b -> b.contacts(Map.of()).participants(Map.of()), b -> b.contacts(Map.of()),
        b -> b.meetings(Map.of()), b -> b.proposals(Map.of()), b -> b.offTopicMatters(Map.of()), b -> b.feedback(List.of()),
        b -> b.evaluationAnswers(List.of()), b -> b.lessons(List.of()), b -> b.transitions(List.of()),
        b -> b.tallies(List.of()), b -> b.sortitions(Map.of()), b -> b.undocumented(Map.of()), b -> b.withdrawalReason("Annat"),
        b -> b.mandate(java.util.Optional.empty()), b -> b.grants(Map.of()));
    for (int i = 0; i < changes.size(); i++) {
      ParticipationProcess changed = changes.get(i).apply(ParticipationProcess.builder().from(p)).build();
      assertThat(changed).as("change %d", i).isNotEqualTo(p);
      assertThat(p).as("change %d", i).isNotEqualTo(changed);
    }
    assertThat(p).isNotEqualTo("a process").isNotEqualTo(null);
    assertThat(p.hashCode()).isEqualTo(full().hashCode()).isNotZero();
  }

  /** Adding a process's collections to a builder that already holds entries keeps both. */
  @Test
  void collectionsAddedToABuilderThatHoldsSomeKeepWhatItHeld() {
    ParticipationProcess p = full();
    ParticipantId p2 = ParticipantId.of("p2");
    ChecklistAnswer other = ChecklistAnswer.builder().question(ChecklistQuestion.decisionQuestions().get(2)).yes(false)
        .answeredBy(OWNER).answeredAt(T).build();
    ChecklistQuestion q3 = ChecklistQuestion.decisionQuestions().get(3);
    Meeting m2 = Meeting.builder().from(p.meetings().values().iterator().next()).id(MeetingId.of("m2")).build();
    ParticipationProcess both = base()
        .putParticipant(p2, participant(2)).putContact(p2, contact(2))
        .putMeeting(m2.id(), m2)
        .putProposal(ProposalId.of("pr2"), Proposal.builder().from(p.proposals().values().iterator().next())
            .id(ProposalId.of("pr2")).build())
        .putOffTopicMatter(OffTopicId.of("o2"), OffTopicMatter.builder().id(OffTopicId.of("o2")).text("Buller").build())
        .putGrant(ActorId.of("gun"), Set.of(ActorRole.ADMINISTRATION))
        .putDecisionAnswer(other.question(), other)
        .putUndocumented(q3, new Undocumented(q3, java.util.Optional.empty(), OWNER, T))
        .addAnswerHistory(other).addLesson(new Lesson("Först", OWNER, T))
        .addFeedback(FeedbackDelivery.builder().id(FeedbackId.of("f0")).audience(FeedbackAudience.PARTICIPANTS)
            .addParticipant(p2).channel("brev").at(T).content("Hej").build())
        .addEvaluationAnswer(EvaluationAnswer.builder().question("Först?").answer("Ja").at(T).build())
        .addTransition(new PartTransition(Part.PLANERING, Part.GENOMFORANDE, OWNER, T))
        .addTally(Tally.of(TallyKind.ATTENDED, "kom", new Count(3, false, java.util.Optional.empty())))
        .putSortition(SortitionId.of("s0"), Sortition.of(SortitionId.of("s0")))
        .from(p)
        .build();
    assertThat(both.participants()).containsOnlyKeys(p2, P1);
    assertThat(both.contacts()).containsOnlyKeys(p2, P1);
    assertThat(both.meetings()).hasSize(2);
    assertThat(both.proposals()).hasSize(2);
    assertThat(both.offTopicMatters()).hasSize(2);
    assertThat(both.grants()).hasSize(2);
    assertThat(both.decisionAnswers()).hasSize(2);
    assertThat(new ArrayList<>(both.decisionAnswers().keySet())).isSorted();
    assertThat(both.undocumented()).hasSize(2);
    assertThat(both.answerHistory()).hasSize(2);
    assertThat(both.lessons()).extracting(Lesson::text).containsExactly("Först", "Börja tidigare");
    assertThat(both.feedback()).hasSize(2);
    assertThat(both.evaluationAnswers()).hasSize(2);
    assertThat(both.transitions()).hasSize(2);
    assertThat(both.tallies()).hasSize(2);
    assertThat(both.sortitions()).containsOnlyKeys(SortitionId.of("s0"), SortitionId.of("s1"));
    // And ordinary maps and lists are copied in, not kept.
    Map<ParticipantId, Participant> mutable = new LinkedHashMap<>(Map.of(p2, participant(2)));
    ParticipationProcess copied = base().participants(mutable).build();
    mutable.clear();
    assertThat(copied.participants()).containsOnlyKeys(p2);
    assertThat(copied.participants().entrySet()).hasSize(1)
        .contains(Map.entry(p2, participant(2))).doesNotContain(Map.entry(p2, participant(3)));
  }

  @Test
  void aBuilderNamesEveryRequiredAttributeNotSet() {
    assertThatThrownBy(() -> ParticipationProcess.builder().title("T").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build ParticipationProcess, some of required attributes are not set "
            + "[id, version, question, owner, startedAt, intendedLevel]");
  }

  @Test
  void defaultsAreTheStartRunningInBeslutAsADialogueWithAnEmptyPlan() {
    ParticipationProcess p = base().build();
    assertThat(p.updatedAt()).isEqualTo(T);
    assertThat(p.status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(p.part()).isEqualTo(Part.BESLUT);
    assertThat(p.dialogue()).isTrue();
    assertThat(p.plan()).isEqualTo(Plan.empty());
    assertThat(p.participants()).isEmpty();
    assertThat(p.nonDialogueReason()).isEmpty();
  }

  @Test
  void contactDetailsBelongToARegisteredParticipantUnderHerOwnIdentifier() {
    assertThatThrownBy(() -> base().putContact(ParticipantId.of("p1"), contact(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contacts");
    assertThatThrownBy(() -> base().putParticipant(ParticipantId.of("p1"), participant(1))
        .putParticipant(ParticipantId.of("p2"), participant(2)).putContact(ParticipantId.of("p2"), contact(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contacts");
    ParticipationProcess registered = base().putParticipant(ParticipantId.of("p1"), participant(1))
        .putContact(ParticipantId.of("p1"), contact(1)).build();
    assertThat(registered.contacts()).containsKey(ParticipantId.of("p1"));
  }

  @Test
  void aProcessBuiltFromAnotherIsCheckedOnWhatChanged() {
    ParticipationProcess.Builder b = base();
    for (int i = 0; i < 500; i++) {
      b.putParticipant(ParticipantId.of("p" + i), participant(i)).putContact(ParticipantId.of("p" + i), contact(i));
    }
    ParticipationProcess big = b.build();
    // A contact for someone not registered, put on a builder from a valid process.
    assertThatThrownBy(() -> ParticipationProcess.builder().from(big).putContact(ParticipantId.of("x"),
        ContactDetails.builder().participant(ParticipantId.of("x")).email("x@example.se").build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contacts");
    // A participant taken away while her contact stays.
    Map<ParticipantId, Participant> fewer = new LinkedHashMap<>(big.participants());
    fewer.remove(ParticipantId.of("p250"));
    assertThatThrownBy(() -> ParticipationProcess.builder().from(big).participants(fewer).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p250");
    Map<ParticipantId, ContactDetails> contacts = new LinkedHashMap<>(big.contacts());
    contacts.remove(ParticipantId.of("p250"));
    assertThat(ParticipationProcess.builder().from(big).participants(fewer).contacts(contacts).build().participants())
        .hasSize(499);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 12).mapToObj(i -> 0xF00DL + i);
  }

  /** Whatever the route, the same content gives equal processes with equal hash codes and text. */
  @ParameterizedTest
  @MethodSource("seeds")
  void aProcessBuiltStepByStepFromOthersEqualsOneBuiltAtOnce(long seed) {
    Random random = new Random(seed);
    Map<ParticipantId, Participant> participants = new LinkedHashMap<>();
    Map<ParticipantId, ContactDetails> contacts = new LinkedHashMap<>();
    List<Lesson> lessons = new ArrayList<>();
    Map<ChecklistQuestion, Undocumented> marks = new java.util.EnumMap<>(ChecklistQuestion.class);
    ParticipationProcess stepwise = base().build();
    int steps = 1 + random.nextInt(300);
    for (int s = 0; s < steps; s++) {
      ParticipationProcess.Builder next = ParticipationProcess.builder().from(stepwise).version(s);
      switch (random.nextInt(4)) {
        case 0 -> {
          int i = random.nextInt(100);
          participants.put(ParticipantId.of("p" + i), participant(i));
          next.putParticipant(ParticipantId.of("p" + i), participant(i));
          if (random.nextBoolean()) {
            contacts.put(ParticipantId.of("p" + i), contact(i));
            next.putContact(ParticipantId.of("p" + i), contact(i));
          }
        }
        case 1 -> {
          Lesson lesson = new Lesson("Lärdom " + s, OWNER, T);
          lessons.add(lesson);
          next.addLesson(lesson);
        }
        case 2 -> {
          ChecklistQuestion q = ChecklistQuestion.values()[random.nextInt(ChecklistQuestion.values().length)];
          Undocumented mark = new Undocumented(q, java.util.Optional.of("Saknas " + s), OWNER, T);
          marks.put(q, mark);
          next.putUndocumented(q, mark);
        }
        default -> {
          if (!contacts.isEmpty()) {
            ParticipantId first = contacts.keySet().iterator().next();
            contacts.remove(first);
            next.contacts(contacts);
          }
        }
      }
      stepwise = next.build();
    }
    ParticipationProcess atOnce = base().version(steps - 1).participants(participants).contacts(contacts)
        .lessons(lessons).undocumented(marks).build();
    assertThat(stepwise).isEqualTo(atOnce).hasSameHashCodeAs(atOnce).hasToString(atOnce.toString());
    assertThat(new ArrayList<>(stepwise.participants().keySet())).isEqualTo(new ArrayList<>(participants.keySet()));
    assertThat(new ArrayList<>(stepwise.undocumented().keySet())).as("in the questions' order")
        .isSorted();
  }

  @Test
  void collectionsOfAProcessCannotBeChangedAndDoNotChangeWithTheBuilder() {
    ParticipationProcess.Builder b = base().putParticipant(ParticipantId.of("p1"), participant(1))
        .addLesson(new Lesson("L", OWNER, T));
    ParticipationProcess p = b.build();
    b.putParticipant(ParticipantId.of("p2"), participant(2)).addLesson(new Lesson("M", OWNER, T));
    assertThat(p.participants()).hasSize(1);
    assertThat(p.lessons()).hasSize(1);
    assertThatThrownBy(() -> p.participants().put(ParticipantId.of("p3"), participant(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.lessons().add(new Lesson("N", OWNER, T))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.decisionAnswers().clear()).isInstanceOf(UnsupportedOperationException.class);
    Set<ActorRole> roles = new HashSet<>(Set.of(ActorRole.FACILITATOR));
    ParticipationProcess granted = base().putGrant(ActorId.of("fia"), roles).build();
    roles.add(ActorRole.ADMINISTRATION);
    assertThat(granted.grants().get(ActorId.of("fia"))).containsExactly(ActorRole.FACILITATOR);
    assertThatThrownBy(() -> granted.grants().get(ActorId.of("fia")).add(ActorRole.ADMINISTRATION))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(base().putGrant(ActorId.of("k"), EnumSet.of(ActorRole.PROCESS_OWNER, ActorRole.FACILITATOR)).build()
        .grants().get(ActorId.of("k"))).containsExactly(ActorRole.PROCESS_OWNER, ActorRole.FACILITATOR);
  }

  @Test
  void theTextFormCountsContactDetailsWithoutPrintingThem() {
    ParticipationProcess p = base().putParticipant(ParticipantId.of("p1"), participant(1))
        .putContact(ParticipantId.of("p1"), contact(1)).build();
    assertThat(p.toString()).contains("contacts=1 withheld").doesNotContain("p1@example.se").contains("Mål");
  }

  @Test
  void nullsAreRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> base().putParticipant(ParticipantId.of("p1"), nul()))
        .isInstanceOf(NullPointerException.class).hasMessage("participants value");
    assertThatThrownBy(() -> base().addFeedback((FeedbackDelivery) nul()))
        .isInstanceOf(NullPointerException.class).hasMessage("feedback element");
    assertThatThrownBy(() -> base().title(nul())).isInstanceOf(NullPointerException.class).hasMessage("title");
  }

  @SuppressWarnings("NullAway")
  private static <T> T nul() {
    return null;
  }
}
