// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.command.Command;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;

/** Every event a process records has a line a person can read, in both languages, with its facts filled in. */
class DescriptionsTest {

  private static void readable(LocalizedText text, String what) {
    assertThat(text.sv()).as("%s sv", what).isNotBlank().doesNotContain("{", "}");
    assertThat(text.en()).as("%s en", what).isNotBlank().doesNotContain("{", "}");
    assertThat(text.sv()).as(what).isNotEqualTo(text.en());
  }

  @Test
  void everyEventOfTheGoldenScenarioAndItsVariantsIsDescribedInBothLanguages() {
    Scenario scenario = new Scenario().closed();
    scenario.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, Scenario.P2));
    Scenario rework = new Scenario().carriedOut();
    rework.run(Scenario.OWNER, Command.AdvancePart::new);
    rework.run(Scenario.COMMITTEE, c -> new Command.SendBackForRework(c, Set.of(se.participation.api.ProposalId.of("pr1")),
        "Återremiss"));
    rework.run(Scenario.OWNER, c -> new Command.HandOverProposals(c, Set.of(se.participation.api.ProposalId.of("pr2")),
        "Utredningen", "Underlag"));
    rework.run(Scenario.OWNER, c -> new Command.RevokeRole(c, Scenario.COUNCIL.id(), ActorRole.COUNCIL));
    Scenario withdrawn = new Scenario().decided();
    withdrawn.run(Scenario.OWNER, c -> new Command.Withdraw(c, "Frågan är redan avgjord"));
    Scenario information = new Scenario().decided();
    information.run(Scenario.OWNER, c -> new Command.ContinueWithoutDialogue(c,
        se.participation.api.EngagementLevel.INFORMATION, "Lagstyrd fråga"));

    Set<Class<?>> described = new HashSet<>();
    for (List<Event> history : List.of(scenario.history(), rework.history(), withdrawn.history(), information.history())) {
      for (Event event : history) {
        readable(Descriptions.of(event), event.getClass().getSimpleName());
        described.add(event.getClass());
      }
    }
    assertThat(described).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void anOutcomeAndItsReasonsAreDescribed() {
    Scenario scenario = new Scenario().planned();
    var refused = scenario.decide(Actor.of("mallory", ActorRole.COUNCIL), Command.ApprovePlan::new);
    readable(Descriptions.of(refused), "refusal");
    ((se.participation.api.command.Outcome.Rejected) refused).reasons().forEach(r -> readable(Descriptions.of(r), "reason"));
    var accepted = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    readable(Descriptions.of(accepted), "acceptance");
    scenario.engine.findings(scenario.process()).forEach(f -> readable(Descriptions.of(f), f.ruleId().value()));
  }

  @Test
  void whatAnActorMayIssueFollowsTheRolesItHoldsInTheProcess() {
    var process = new Scenario().planned().process();
    assertThat(Permissions.mayIssue(process, Scenario.OWNER, Command.ApprovePlan.class)).isTrue();
    assertThat(Permissions.mayIssue(process, Actor.of("mallory", ActorRole.PROCESS_OWNER), Command.ApprovePlan.class)).isFalse();
    assertThat(Permissions.mayIssue(Actor.of("mallory", ActorRole.PROCESS_OWNER), Command.ApprovePlan.class)).isTrue();
    assertThat(Permissions.mayIssue(process, Scenario.FACILITATOR, Command.RegisterParticipant.class)).isTrue();
    assertThat(Permissions.mayIssue(process, Scenario.FACILITATOR, Command.ApprovePlan.class)).isFalse();
    assertThat(Permissions.mayIssue(process, Actor.of("p1", ActorRole.PARTICIPANT), Command.SubmitProposal.class)).isTrue();
    assertThat(Permissions.allowedParts(Command.ApprovePlan.class)).containsExactly(se.participation.api.Part.PLANERING);
    assertThat(Permissions.requiredRoles(Command.DecideInCouncil.class)).containsExactly(ActorRole.COUNCIL);
  }
}
