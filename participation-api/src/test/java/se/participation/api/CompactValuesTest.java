// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Proposal#of}, which the core's fold uses, makes the value the builder makes; an
 * authorship's authors are an unmodifiable copy whatever their number.
 */
class CompactValuesTest {
  private static final Instant T = Instant.parse("2021-03-01T10:00:00Z");
  private static final ActorId A = ActorId.of("a");
  private static final ProposalId P = ProposalId.of("p");

  @Test
  void proposalOfCarriesEveryPartOfTheDraftAndItsFirstStep() {
    ProposalDraft draft = ProposalDraft.builder().id(P).text("Fler bänkar").kind(ProposalKind.GOAL)
        .authorship(Authorship.named(ParticipantId.of("x"))).originMeeting(MeetingId.of("m"))
        .originGroup(GroupId.of("g")).measurement("antal bänkar").addQuestion(QuestionId.of("q1"))
        .addQuestion(QuestionId.of("q2")).build();
    LineageStep first = LineageStep.builder().status(ProposalStatus.SUBMITTED).actor(A).at(T).build();
    Proposal made = Proposal.of(draft, first);
    Proposal built = Proposal.builder().from(draft).addLineage(first).build();
    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(made.questions()).containsExactly(QuestionId.of("q1"), QuestionId.of("q2"));
    assertThat(made.lineage()).containsExactly(first);
    assertThat(made.status()).isEqualTo(ProposalStatus.SUBMITTED);
    assertThatThrownBy(() -> made.lineage().add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Proposal.of(draft, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("first");
  }

  @Test
  void authorsAreAnUnmodifiableCopyEqualToASetOfThemWhateverTheirNumber() {
    ParticipantId x = ParticipantId.of("x");
    ParticipantId y = ParticipantId.of("y");
    Set<ParticipantId> given = new LinkedHashSet<>(Set.of(x));
    Authorship one = new Authorship(IdentityMode.NAMED, given, Optional.empty(), Optional.empty());
    given.add(y);
    assertThat(one.authors()).isEqualTo(Set.of(x)).hasSameHashCodeAs(Set.of(x)).containsExactly(x);
    assertThatThrownBy(() -> one.authors().add(y)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Authorship(IdentityMode.NAMED, one.authors(), Optional.empty(), Optional.empty()))
        .isEqualTo(one).isEqualTo(Authorship.named(x));
    Authorship two = Authorship.named(x, y);
    assertThat(two.authors()).isEqualTo(Set.of(x, y));
    assertThatThrownBy(() -> two.authors().remove(x)).isInstanceOf(UnsupportedOperationException.class);
    Set<ParticipantId> withNull = new LinkedHashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> new Authorship(IdentityMode.NAMED, withNull, Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("authors");
  }
}
