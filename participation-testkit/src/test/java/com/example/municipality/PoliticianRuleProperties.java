// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.municipality;

import static se.participation.testkit.assertions.ParticipationAssertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Severity;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.text.LocalizedText;
import se.participation.core.HandbookRules;
import se.participation.core.ProcessEngine;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

/** README example: a municipality's own rule, and a property that tests it. */
class PoliticianRuleProperties {

  /** Our municipality wants a politician registered before a plan is approved. */
  static final class PoliticianRegistered implements Rule {
    @Override public RuleId id() { return RuleId.of("KOMMUN-POLITIKER"); }
    @Override public Part part() { return Part.PLANERING; }
    @Override public Severity severity() { return Severity.BLOCKING; }
    @Override public LocalizedText description() {
      return LocalizedText.of("En politiker är anmäld.", "A politician is registered.");
    }
    @Override public String source() { return "Kommunens riktlinje för invånardialog, 2024"; }

    @Override
    public List<Finding> evaluate(ParticipationProcess process) {
      boolean registered = process.participants().values().stream()
          .anyMatch(p -> p.role() == ParticipantRole.POLITICIAN);
      return registered ? List.of() : List.of(Finding.of(this,
          LocalizedText.of("Ingen politiker är anmäld.", "No politician is registered.")));
    }
  }

  private final ProcessEngine engine =
      ProcessEngine.of(HandbookRules.ruleSet().with(new PoliticianRegistered()));
  @Test
  void approvingAPlanIsRefusedExactlyWhenNoPoliticianIsRegistered() {
    Property.forAll(Generators.processesAt(Part.PLANERING))
        .named("approving a plan is refused exactly when no politician is registered")
        .check(process -> {
          // Authority is bound to the process: act as its owner.
          Actor owner = Actor.of(process.owner().value(), ActorRole.PROCESS_OWNER);
          Outcome outcome = engine.decide(process, new Command.ApprovePlan(
              CommandContext.of(process.id(), process.version(), owner, process.updatedAt().plusSeconds(60))));
          boolean politician = process.participants().values().stream()
              .anyMatch(p -> p.role() == ParticipantRole.POLITICIAN);
          if (politician) {
            assertThat(outcome).isAccepted();
          } else {
            assertThat(outcome).hasOnlyFindingsFor("KOMMUN-POLITIKER");
          }
        });
  }
}
