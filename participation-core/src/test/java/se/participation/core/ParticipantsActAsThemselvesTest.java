// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.EvaluationAnswer;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;

/**
 * A resident acts only as herself (issue "Trust", §1): she cannot submit a proposal in another
 * participant's name, propose a measurement for someone else's proposal, or answer the evaluation
 * for someone else. The city's staff may still enter what residents hand them.
 */
class ParticipantsActAsThemselvesTest {
  private static final Actor P1 = Actor.of("p1", ActorRole.PARTICIPANT);
  private static final Actor P2 = Actor.of("p2", ActorRole.PARTICIPANT);

  private static ProposalDraft draft(String id, Authorship authorship) {
    return ProposalDraft.builder().id(ProposalId.of(id)).text("Förslag").kind(ProposalKind.GOAL).authorship(authorship).build();
  }

  private static String refusal(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) outcome).reasons().get(0).message().en();
  }

  @Test
  void aResidentCannotSubmitAProposalInAnotherParticipantsName() {
    Scenario scenario = new Scenario().carriedOut();
    assertThat(refusal(scenario.decide(P1, c -> new Command.SubmitProposal(c, draft("x1", Authorship.named(Scenario.P2))))))
        .contains("p1 takes part as themself and cannot act in the name of p2");
    assertThat(refusal(scenario.decide(P1, c -> new Command.SubmitProposal(c,
        draft("x2", Authorship.named(Scenario.P1, Scenario.P2)))))).contains("in the name of p2");
    assertThat(refusal(scenario.decide(P1, c -> new Command.SubmitProposal(c,
        draft("x3", Authorship.collective("Bord 2", java.util.Set.of(Scenario.P2)))))))
        .contains("in the name of p2");

    scenario.run(P1, c -> new Command.SubmitProposal(c, draft("x4", Authorship.named(Scenario.P1))));
    scenario.run(P1, c -> new Command.SubmitProposal(c, draft("x5", Authorship.anonymous("förslagslåda"))));
    // A facilitator enters what a resident handed in, in her name.
    scenario.run(Scenario.FACILITATOR, c -> new Command.SubmitProposal(c, draft("x6", Authorship.named(Scenario.P2))));
  }

  @Test
  void aResidentProposesMeasurementsOnlyForHerOwnProposals() {
    Scenario scenario = new Scenario().carriedOut();
    // pr1 is p1's.
    assertThat(refusal(scenario.decide(P2, c -> new Command.ProposeMeasurement(c, ProposalId.of("pr1"), "Mitt mått")))
    ).contains("p2 can propose a measurement only for their own proposals, not for pr1");
    scenario.run(P1, c -> new Command.ProposeMeasurement(c, ProposalId.of("pr1"), "Andel som fått svar inom en vecka"));
    assertThat(scenario.process().proposal(ProposalId.of("pr1")).orElseThrow().measurement())
        .contains("Andel som fått svar inom en vecka");
  }

  @Test
  void aResidentAnswersTheEvaluationOnlyForHerself() {
    Scenario scenario = new Scenario().fedBack();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    EvaluationAnswer forP2 = EvaluationAnswer.builder().participant(Scenario.P2).question("Hur var det?").answer("Bra")
        .at(java.time.Instant.parse("2021-06-01T10:00:00Z")).build();
    assertThat(refusal(scenario.decide(P1, c -> new Command.RecordEvaluationAnswer(c, forP2)))).contains("in the name of p2");
    EvaluationAnswer own = EvaluationAnswer.builder().from(forP2).participant(Optional.of(Scenario.P1)).build();
    scenario.run(P1, c -> new Command.RecordEvaluationAnswer(c, own));
    assertThat(scenario.process().evaluationAnswers()).contains(own);
  }
}
