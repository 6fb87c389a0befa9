// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.ContactDetails;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Lesson;
import se.participation.api.Mandate;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.PartTransition;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.ProcessId;
import se.participation.api.ProcessStatus;
import se.participation.api.Proposal;
import se.participation.api.ProposalId;
import se.participation.api.Sortition;
import se.participation.api.SortitionId;
import se.participation.api.Tally;
import se.participation.api.Undocumented;

/**
 * The core's direct way to the next process: it gives what the public builder gives for the same
 * attributes, checks what the builder checks, and no one but the process registers the factory.
 */
class ProcessAccessTest {
  private static final Instant T = Instant.parse("2021-03-01T09:00:00Z");
  private static final ParticipantId P1 = ParticipantId.of("p1");

  private static final ParticipationProcess BASE = ParticipationProcess.builder().id(ProcessId.of("p")).version(3)
      .title("Mål").question("Vilka mål?").owner(ActorId.of("anna")).startedAt(T)
      .intendedLevel(EngagementLevel.RESONEMANG)
      .putParticipant(P1, Participant.builder().id(P1).role(ParticipantRole.RESIDENT).build())
      .build();

  /** The base's attributes, each replaceable by a test. */
  private static class Same implements ProcessAccess.Next {
    final ParticipationProcess p;

    Same(ParticipationProcess p) {
      this.p = p;
    }

    @Override public long version() {
      return p.version() + 1;
    }

    @Override public Instant updatedAt() {
      return p.updatedAt().plusSeconds(60);
    }

    @Override public ProcessStatus status() {
      return p.status();
    }

    @Override public Part part() {
      return p.part();
    }

    @Override public boolean dialogue() {
      return p.dialogue();
    }

    @Override public Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers() {
      return p.decisionAnswers();
    }

    @Override public PersistentVector<ChecklistAnswer> answerHistory() {
      return PersistentVector.copyOf(p.answerHistory(), "answerHistory");
    }

    @Override public @Nullable String nonDialogueReason() {
      return p.nonDialogueReason().orElse(null);
    }

    @Override public @Nullable EngagementLevel nonDialogueLevel() {
      return p.nonDialogueLevel().orElse(null);
    }

    @Override public Plan plan() {
      return p.plan();
    }

    @Override public PersistentMap<ParticipantId, Participant> participants() {
      return PersistentMap.copyOf(p.participants(), "participants");
    }

    @Override public PersistentMap<ParticipantId, ContactDetails> contacts() {
      return PersistentMap.copyOf(p.contacts(), "contacts");
    }

    @Override public PersistentMap<MeetingId, Meeting> meetings() {
      return PersistentMap.copyOf(p.meetings(), "meetings");
    }

    @Override public PersistentMap<ProposalId, Proposal> proposals() {
      return PersistentMap.copyOf(p.proposals(), "proposals");
    }

    @Override public PersistentMap<OffTopicId, OffTopicMatter> offTopicMatters() {
      return PersistentMap.copyOf(p.offTopicMatters(), "offTopicMatters");
    }

    @Override public PersistentVector<FeedbackDelivery> feedback() {
      return PersistentVector.copyOf(p.feedback(), "feedback");
    }

    @Override public PersistentVector<EvaluationAnswer> evaluationAnswers() {
      return PersistentVector.copyOf(p.evaluationAnswers(), "evaluationAnswers");
    }

    @Override public PersistentVector<Lesson> lessons() {
      return PersistentVector.copyOf(p.lessons(), "lessons");
    }

    @Override public PersistentVector<PartTransition> transitions() {
      return PersistentVector.copyOf(p.transitions(), "transitions");
    }

    @Override public PersistentVector<Tally> tallies() {
      return PersistentVector.copyOf(p.tallies(), "tallies");
    }

    @Override public PersistentMap<SortitionId, Sortition> sortitions() {
      return PersistentMap.copyOf(p.sortitions(), "sortitions");
    }

    @Override public Map<ChecklistQuestion, Undocumented> undocumented() {
      return p.undocumented();
    }

    @Override public @Nullable String withdrawalReason() {
      return p.withdrawalReason().orElse(null);
    }

    @Override public @Nullable Mandate mandate() {
      return p.mandate().orElse(null);
    }

    @Override public PersistentMap<ActorId, Set<ActorRole>> grants() {
      return PersistentMap.copyOf(p.grants(), "grants");
    }
  }

  @Test
  void theNextProcessEqualsTheOneTheBuilderMakesFromTheSameAttributesAndKeepsTheBasesIdentity() {
    ChecklistQuestion q = ChecklistQuestion.decisionQuestions().get(0);
    ChecklistAnswer answer = ChecklistAnswer.builder().question(q).yes(true).answeredBy(ActorId.of("anna"))
        .answeredAt(T).build();
    EnumMap<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
    answers.put(q, answer);
    ContactDetails contact = ContactDetails.builder().participant(P1).email("p1@example.se").build();
    ParticipationProcess next = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public Part part() {
        return Part.PLANERING;
      }

      @Override public Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers() {
        return answers;
      }

      @Override public PersistentMap<ParticipantId, ContactDetails> contacts() {
        return PersistentMap.<ParticipantId, ContactDetails>empty().plus(P1, contact);
      }

      @Override public @Nullable String withdrawalReason() {
        return "Frågan avgjordes på annat sätt";
      }
    });
    ParticipationProcess built = ParticipationProcess.builder().from(BASE).version(4).updatedAt(T.plusSeconds(60))
        .part(Part.PLANERING).decisionAnswers(answers).putContact(P1, contact)
        .withdrawalReason("Frågan avgjordes på annat sätt").build();

    assertThat(next).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(next.id()).isEqualTo(BASE.id());
    assertThat(next.title()).isEqualTo("Mål");
    assertThat(next.startedAt()).isEqualTo(T);
    assertThat(next.participants()).isSameAs(BASE.participants());
    // A map keyed by question is taken as the process keeps it: unmodifiable, and no longer the caller's.
    answers.clear();
    assertThat(next.decisionAnswers()).containsEntry(q, answer);
    assertThatThrownBy(() -> next.decisionAnswers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * The attributes a step seldom changes are shared with the process before when a step leaves
   * them all as they were; a step that changes any one of them alone must still reach the next
   * process with it, and leave the others as they were.
   */
  @Test
  void aStepThatChangesOneSeldomChangedAttributeAloneKeepsTheChangeAndTheRest() {
    ChecklistQuestion q = ChecklistQuestion.decisionQuestions().get(0);
    Map<ChecklistQuestion, Undocumented> marks = new EnumMap<>(ChecklistQuestion.class);
    marks.put(q, new Undocumented(q, java.util.Optional.of("Saknas i protokollet"), ActorId.of("anna"), T));
    Plan plan = Plan.builder().purpose("Samla idéer om parken").build();
    Mandate mandate = new Mandate("Kulturnämnden", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty());
    PersistentMap<ActorId, Set<ActorRole>> grants =
        PersistentMap.<ActorId, Set<ActorRole>>empty().plus(ActorId.of("bo"), Set.of(ActorRole.FACILITATOR));

    ParticipationProcess closed = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public ProcessStatus status() {
        return ProcessStatus.CLOSED;
      }
    });
    ParticipationProcess notDialogue = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public boolean dialogue() {
        return false;
      }
    });
    ParticipationProcess reasoned = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public @Nullable String nonDialogueReason() {
        return "En enkät räcker";
      }
    });
    ParticipationProcess consulted = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public @Nullable EngagementLevel nonDialogueLevel() {
        return EngagementLevel.KONSULTATION;
      }
    });
    ParticipationProcess planned = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public Plan plan() {
        return plan;
      }
    });
    ParticipationProcess withdrawn = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public @Nullable String withdrawalReason() {
        return "Frågan avgjordes på annat sätt";
      }
    });
    ParticipationProcess mandated = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public @Nullable Mandate mandate() {
        return mandate;
      }
    });
    ParticipationProcess marked = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public Map<ChecklistQuestion, Undocumented> undocumented() {
        return marks;
      }
    });
    ParticipationProcess granted = ProcessAccess.next(BASE, new Same(BASE) {
      @Override public PersistentMap<ActorId, Set<ActorRole>> grants() {
        return grants;
      }
    });

    assertThat(closed.status()).isEqualTo(ProcessStatus.CLOSED);
    assertThat(notDialogue.dialogue()).isFalse();
    assertThat(reasoned.nonDialogueReason()).contains("En enkät räcker");
    assertThat(consulted.nonDialogueLevel()).contains(EngagementLevel.KONSULTATION);
    assertThat(planned.plan()).isEqualTo(plan);
    assertThat(withdrawn.withdrawalReason()).contains("Frågan avgjordes på annat sätt");
    assertThat(mandated.mandate()).contains(mandate);
    assertThat(marked.undocumented()).containsOnlyKeys(q);
    assertThat(granted.rolesOf(ActorId.of("bo"))).containsExactly(ActorRole.FACILITATOR);
    for (ParticipationProcess next : java.util.List.of(closed, notDialogue, reasoned, consulted, planned, withdrawn,
        mandated, marked, granted)) {
      assertThat(next.id()).isEqualTo(BASE.id());
      assertThat(next.title()).isEqualTo(BASE.title());
      assertThat(next.owner()).isEqualTo(BASE.owner());
      assertThat(next.version()).isEqualTo(4);
      assertThat(next).isNotEqualTo(BASE);
    }
    ParticipationProcess same = ProcessAccess.next(BASE, new Same(BASE));
    assertThat(same).isEqualTo(ParticipationProcess.builder().from(BASE).version(4).updatedAt(T.plusSeconds(60)).build());
  }

  @Test
  void aLevelWithoutDialogueThatIsADialogueLevelIsRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> ProcessAccess.next(BASE, new Same(BASE) {
      @Override public @Nullable EngagementLevel nonDialogueLevel() {
        return EngagementLevel.MEDSKAPANDE;
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nonDialogueLevel must be INFORMATION or KONSULTATION");
  }

  @Test
  void aContactOfNoRegisteredParticipantOrUnderAnotherIdentifierIsRefused() {
    ParticipantId stranger = ParticipantId.of("x");
    assertThatThrownBy(() -> ProcessAccess.next(BASE, new Same(BASE) {
      @Override public PersistentMap<ParticipantId, ContactDetails> contacts() {
        return PersistentMap.<ParticipantId, ContactDetails>empty()
            .plus(stranger, ContactDetails.builder().participant(stranger).email("x@example.se").build());
      }
    })).hasMessageStartingWith("contacts must belong to a registered participant");
    assertThatThrownBy(() -> ProcessAccess.next(BASE, new Same(BASE) {
      @Override public PersistentMap<ParticipantId, ContactDetails> contacts() {
        return PersistentMap.<ParticipantId, ContactDetails>empty()
            .plus(P1, ContactDetails.builder().participant(stranger).email("x@example.se").build());
      }
    })).hasMessageStartingWith("contacts must be kept under the contact's participant");
  }

  @Test
  void aParticipantRemovedWhileHerContactStaysIsRefused() {
    ParticipationProcess withContact = ParticipationProcess.builder().from(BASE)
        .putContact(P1, ContactDetails.builder().participant(P1).email("p1@example.se").build()).build();
    assertThatThrownBy(() -> ProcessAccess.next(withContact, new Same(withContact) {
      @Override public PersistentMap<ParticipantId, Participant> participants() {
        return PersistentMap.empty();
      }
    })).hasMessageStartingWith("contacts must belong to a registered participant");
  }

  @Test
  void aNegativeVersionIsRefused() {
    assertThatThrownBy(() -> ProcessAccess.next(BASE, new Same(BASE) {
      @Override public long version() {
        return -1;
      }
    })).hasMessageStartingWith("version must not be negative");
  }

  @Test
  void noOneButTheProcessRegistersTheFactory() {
    assertThatThrownBy(() -> ProcessAccess.register((base, next) -> base))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered once");
    assertThat(ProcessAccess.next(BASE, new Same(BASE)).version()).isEqualTo(4);
  }
}
