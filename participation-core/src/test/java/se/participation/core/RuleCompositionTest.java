// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Severity;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.rule.RuleSet;
import se.participation.api.text.LocalizedText;

class RuleCompositionTest {

  /** A rule whose check throws, as a buggy integrator's rule might. */
  static Rule throwing(String id, Severity severity) {
    return BrokenRuleTest.rule(id, severity, process -> {
      throw new IllegalStateException("database down");
    });
  }

  // Discovery through ServiceLoader itself, on the module path and the class path, is tested by
  // participation-consumer-tests, a module of its own that declares its provider as embedders do.
  @Test
  void aContributedRuleIsAddedToTheHandbookRules() {
    RuleSet rules = HandbookRules.withContributedRules(List.of(new ContributedRule()));
    assertThat(rules.contains(RuleId.of("KOMMUN-POLITIKER"))).isTrue();
    assertThat(rules.rules()).hasSize(HandbookRules.ruleSet().rules().size() + 1);
    assertThat(rules.name()).endsWith("+contributed");

    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();
    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(((Outcome.Rejected) outcome).blockingFindings())
        .extracting(f -> f.ruleId().value()).containsExactly("KOMMUN-POLITIKER");
  }

  @Test
  void aThrowingRuleBecomesAFindingNamingItAndChangesNothing() {
    RuleSet rules = HandbookRules.ruleSet().with(throwing("KOMMUN-TRASIG", Severity.BLOCKING));
    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();
    ParticipationProcess before = scenario.process();

    ProcessEngine.Step step = scenario.engine.handle(before, new Command.ApprovePlan(scenario.context(Scenario.OWNER)));

    assertThat(step.process()).isSameAs(before);
    Finding finding = ((Outcome.Rejected) step.outcome()).blockingFindings().get(0);
    assertThat(finding.ruleId().value()).isEqualTo("KOMMUN-TRASIG");
    assertThat(finding.message().en()).isEqualTo("The rule KOMMUN-TRASIG could not be evaluated: it failed with IllegalStateException.");
    assertThat(finding.message().sv()).startsWith("Regeln KOMMUN-TRASIG kunde inte prövas");
  }

  @Test
  void aThrowingAdvisoryRuleWarnsButDoesNotBlock() {
    RuleSet rules = HandbookRules.ruleSet().with(throwing("KOMMUN-TRASIG", Severity.ADVICE));
    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();
    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    assertThat(((Outcome.Accepted) outcome).findings())
        .extracting(f -> f.ruleId().value(), Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KOMMUN-TRASIG", Severity.WARNING));
  }

  @Test
  void rulesCanBeReplacedAndRemovedById() {
    RuleSet handbook = HandbookRules.ruleSet();
    RuleSet lenient = handbook.without(RuleId.of("PLANERING-10"));
    assertThat(lenient.contains(RuleId.of("PLANERING-10"))).isFalse();
    assertThat(handbook.contains(RuleId.of("PLANERING-10"))).isTrue();

    RuleSet replaced = handbook.replacing(throwing("PLANERING-10", Severity.ADVICE));
    assertThat(replaced.rule(RuleId.of("PLANERING-10")).orElseThrow().severity()).isEqualTo(Severity.ADVICE);
    assertThat(replaced.rules().indexOf(replaced.rule(RuleId.of("PLANERING-10")).orElseThrow()))
        .isEqualTo(handbook.rules().indexOf(handbook.rule(RuleId.of("PLANERING-10")).orElseThrow()));

    assertThatThrownBy(() -> handbook.with(throwing("PLANERING-10", Severity.ADVICE)))
        .hasMessageContaining("PLANERING-10 is already in rule set");
    assertThatThrownBy(() -> handbook.replacing(throwing("KOMMUN-X", Severity.ADVICE)))
        .hasMessageContaining("KOMMUN-X is not in rule set");
    assertThatThrownBy(() -> handbook.without(RuleId.of("KOMMUN-X")))
        .hasMessageContaining("KOMMUN-X is not in rule set");
  }

  @Test
  void aRuleReturningAnotherRulesFindingIsReportedAsBroken() {
    Rule impostor = new Rule() {
      @Override public RuleId id() { return RuleId.of("KOMMUN-FEL"); }
      @Override public Part part() { return Part.PLANERING; }
      @Override public Severity severity() { return Severity.BLOCKING; }
      @Override public LocalizedText description() { return LocalizedText.of("x", "y"); }
      @Override public String source() { return "test"; }
      @Override public List<Finding> evaluate(ParticipationProcess process) {
        return List.of(Finding.builder().ruleId(RuleId.of("BESLUT-1")).part(Part.BESLUT)
            .severity(Severity.BLOCKING).message(LocalizedText.of("x", "y")).build());
      }
    };
    ProcessEngine engine = ProcessEngine.of(HandbookRules.ruleSet().with(impostor));
    List<Finding> findings = engine.findings(new Scenario().planned().process(), Part.PLANERING);
    assertThat(findings).extracting(f -> f.ruleId().value()).containsExactly("KOMMUN-FEL");
    assertThat(findings.get(0).message().en()).contains("returned a finding of another rule, BESLUT-1");
  }
}
