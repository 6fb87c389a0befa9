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
