// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;

/**
 * Authority is bound to the process (issue "Trust", §1): a role the caller claims counts only
 * when the actor holds it here, the owner's by starting the process, the others by the owner's
 * grants, which are events.
 */
class AuthorityTest {
  private static final Actor MALLORY = Actor.of("mallory", ActorRole.PROCESS_OWNER);

  private static Reason.Unauthorized unauthorized(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) outcome).reasons().stream().filter(Reason.Unauthorized.class::isInstance)
        .map(Reason.Unauthorized.class::cast).findFirst().orElseThrow();
  }

  @Test
  void aClaimedOwnerRoleIsNothingWithoutTheProcessGrantingIt() {
    Scenario scenario = new Scenario().closed();
    Reason.Unauthorized refused = unauthorized(scenario.decide(MALLORY, c -> new Command.EraseParticipantData(c, Scenario.P1)));
    assertThat(refused.held()).isEmpty();
    assertThat(refused.message().en()).contains("EraseParticipantData needs one of the roles [Process owner]; the actor has []");

    Scenario planned = new Scenario().planned();
    unauthorized(planned.decide(MALLORY, c -> new Command.Withdraw(c, "Jag vill")));
    unauthorized(planned.decide(Actor.of("mallory", ActorRole.COMMITTEE, ActorRole.COUNCIL),
        c -> new Command.ApprovePlan(c)));
    assertThat(planned.process().rolesOf(ActorId.of("mallory"))).isEmpty();
    assertThat(planned.process().rolesOf(Scenario.OWNER.id())).containsExactly(ActorRole.PROCESS_OWNER);
  }

  @Test
  void theOwnerGrantsAndRevokesRolesAsEvents() {
    Scenario scenario = new Scenario().planned();
    Actor helper = Actor.of("nils", ActorRole.FACILITATOR);
    Participant resident = Participant.builder().id(ParticipantId.of("p9")).role(ParticipantRole.RESIDENT)
        .addTargetGroup(TargetGroupId.of("unga")).build();
    unauthorized(scenario.decide(helper, c -> new Command.RegisterParticipant(c, resident, Optional.empty())));

    scenario.run(Scenario.OWNER, c -> new Command.GrantRole(c, helper.id(), ActorRole.FACILITATOR));
    assertThat(scenario.process().rolesOf(helper.id())).containsExactly(ActorRole.FACILITATOR);
    assertThat(Descriptions.of(scenario.history().get(scenario.history().size() - 1)).sv())
        .isEqualTo("nils fick rollen Samtalsledare i processen.");
    scenario.run(helper, c -> new Command.RegisterParticipant(c, resident, Optional.empty()));

    scenario.run(Scenario.OWNER, c -> new Command.RevokeRole(c, helper.id(), ActorRole.FACILITATOR));
    assertThat(scenario.process().grants()).doesNotContainKey(helper.id());
    unauthorized(scenario.decide(helper, c -> new Command.RecordPlan(c, Scenario.completePlan())));
    // Replay gives the same grants.
    assertThat(scenario.engine.replay(scenario.history()).grants()).isEqualTo(scenario.process().grants());
  }

  @Test
  void onlyTheOwnerGrantsAndParticipantIsNeverGranted() {
    Scenario scenario = new Scenario().planned();
    unauthorized(scenario.decide(Scenario.FACILITATOR,
        c -> new Command.GrantRole(c, ActorId.of("van"), ActorRole.COMMITTEE)));
    Outcome participant = scenario.decide(Scenario.OWNER,
        c -> new Command.GrantRole(c, ActorId.of("p1"), ActorRole.PARTICIPANT));
    assertThat(((Outcome.Rejected) participant).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("PARTICIPANT is not granted"));
    Outcome twice = scenario.decide(Scenario.OWNER,
        c -> new Command.GrantRole(c, Scenario.FACILITATOR.id(), ActorRole.FACILITATOR));
    assertThat(((Outcome.Rejected) twice).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("already holds the role"));
    Outcome notHeld = scenario.decide(Scenario.OWNER,
        c -> new Command.RevokeRole(c, ActorId.of("okand"), ActorRole.COUNCIL));
    assertThat(((Outcome.Rejected) notHeld).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("was not granted"));
  }

  @Test
  void aResidentCannotMakeTheCommitteesDecision() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    Actor resident = Actor.of("p1", ActorRole.PARTICIPANT, ActorRole.COMMITTEE);
    Reason.Unauthorized refused = unauthorized(scenario.decide(resident, c -> new Command.DecideInCommittee(c,
        java.util.Set.of(se.participation.api.ProposalId.of("pr1")), java.util.Set.of(), "Jag bestämmer")));
    assertThat(refused.held()).containsExactly(ActorRole.PARTICIPANT);
  }
}
