// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.text.LocalizedText;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Severity;

/** What an integrator composing rule sets relies on: lookup by id and part, and safe changes. */
class RuleSetTest {
  /** A rule that finds nothing; its part comes from a supplier, which may fail. */
  record Fixed(RuleId id, java.util.function.Supplier<Part> partOf, Severity severity) implements Rule {
    Fixed(String id, Part part) {
      this(RuleId.of(id), part, Severity.WARNING);
    }

    Fixed(RuleId id, Part part, Severity severity) {
      this(id, () -> part, severity);
    }

    @Override
    public Part part() {
      return partOf.get();
    }

    @Override
    public LocalizedText description() {
      return LocalizedText.of("En regel", "A rule");
    }

    @Override
    public String source() {
      return "Handboken, s. 1";
    }

    @Override
    public List<Finding> evaluate(ParticipationProcess process) {
      return List.of();
    }
  }

  private static Rule partFrom(String id, java.util.function.Supplier<Part> part) {
    return new Fixed(RuleId.of(id), part, Severity.WARNING);
  }

  private static final Fixed DECISION = new Fixed("EGEN-BESLUT", Part.BESLUT);
  private static final Fixed PLANNING = new Fixed("EGEN-PLANERING", Part.PLANERING);
  private static final Fixed PLANNING_TOO = new Fixed("EGEN-PLANERING-2", Part.PLANERING);

  private static RuleSet set() {
    return RuleSet.of("kommunens", "2.0", List.of(DECISION, PLANNING, PLANNING_TOO));
  }

  @Test
  void aRuleSetKeepsItsNameVersionAndTheRulesInTheirOrder() {
    RuleSet set = set();
    assertThat(set.name()).isEqualTo("kommunens");
    assertThat(set.version()).isEqualTo("2.0");
    assertThat(set.rules()).containsExactly(DECISION, PLANNING, PLANNING_TOO);
    assertThat(set).hasToString("kommunens 2.0 [EGEN-BESLUT, EGEN-PLANERING, EGEN-PLANERING-2]");
  }

  @Test
  void rulesAreFoundByPartAndById() {
    RuleSet set = set();
    assertThat(set.rulesOf(Part.PLANERING)).containsExactly(PLANNING, PLANNING_TOO);
    assertThat(set.rulesOf(Part.BESLUT)).containsExactly(DECISION);
    assertThat(set.rulesOf(Part.UTVARDERING)).isEmpty();
    assertThat(set.rule(RuleId.of("EGEN-PLANERING"))).contains(PLANNING);
    assertThat(set.rule(RuleId.of("ANNAN"))).isEmpty();
    assertThat(set.contains(RuleId.of("EGEN-BESLUT"))).isTrue();
    assertThat(set.contains(RuleId.of("ANNAN"))).isFalse();
  }

  @Test
  void addingReplacingAndRemovingGiveNewSetsAndLeaveTheOriginal() {
    RuleSet set = set();
    Fixed extra = new Fixed("EGEN-UTVARDERING", Part.UTVARDERING);
    Fixed stricter = new Fixed(RuleId.of("EGEN-BESLUT"), Part.BESLUT, Severity.BLOCKING);
    assertThat(set.with(extra).rules()).endsWith(extra).hasSize(4);
    assertThat(set.replacing(stricter).rule(RuleId.of("EGEN-BESLUT"))).contains(stricter);
    assertThat(set.withOrReplacing(stricter).rules()).hasSize(3).contains(stricter);
    assertThat(set.withOrReplacing(extra).rules()).hasSize(4);
    assertThat(set.without(RuleId.of("EGEN-PLANERING")).rules()).containsExactly(DECISION, PLANNING_TOO);
    assertThat(set.without(RuleId.of("EGEN-PLANERING")).rulesOf(Part.PLANERING)).containsExactly(PLANNING_TOO);
    assertThat(set.named("egen", "3")).satisfies(renamed -> {
      assertThat(renamed.name()).isEqualTo("egen");
      assertThat(renamed.version()).isEqualTo("3");
      assertThat(renamed.rules()).isEqualTo(set.rules());
    });
    assertThat(set.rules()).containsExactly(DECISION, PLANNING, PLANNING_TOO);
  }

  @Test
  void aChangeThatDoesNotFitIsRefusedWithWhatToDoInstead() {
    RuleSet set = set();
    assertThatThrownBy(() -> set.with(DECISION)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EGEN-BESLUT").hasMessageContaining("replacing(rule)");
    assertThatThrownBy(() -> set.replacing(new Fixed("ANNAN", Part.BESLUT))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANNAN").hasMessageContaining("with(rule)");
    assertThatThrownBy(() -> set.without(RuleId.of("ANNAN"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANNAN").hasMessageContaining("kommunens");
    assertThatThrownBy(() -> RuleSet.of("x", "1", List.of(DECISION, DECISION))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EGEN-BESLUT repeats");
  }

  @Test
  void aRuleThatCannotSayItsPartIsRefusedWhenJoined() {
    Rule broken = partFrom("TRASIG", () -> {
      throw new IllegalStateException("personnummer 19121212-1212");
    });
    Rule silent = partFrom("TYST", () -> null);
    assertThatThrownBy(() -> RuleSet.of("x", "1", List.of(broken))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot say its part").hasMessageContaining("IllegalStateException")
        .hasMessageNotContaining("19121212");
    assertThatThrownBy(() -> RuleSet.of("x", "1", List.of(silent))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returns no part");
  }

  @Test
  void aFindingCarriesItsRulesIdPartAndSeverityAndBlocksOnlyWhenBlocking() {
    Finding warning = Finding.of(PLANNING, LocalizedText.of("Saknas", "Missing"));
    assertThat(warning.ruleId()).isEqualTo(PLANNING.id());
    assertThat(warning.part()).isEqualTo(Part.PLANERING);
    assertThat(warning.isBlocking()).isFalse();
    assertThat(warning.documentationGap()).isFalse();
    Fixed gate = new Fixed(RuleId.of("GRIND"), Part.BESLUT, Severity.BLOCKING);
    Finding blocking = Finding.of(gate, LocalizedText.of("Stopp", "Stop"), LocalizedText.of("Gör så", "Do this"), "pr1");
    assertThat(blocking.isBlocking()).isTrue();
    assertThat(blocking.advice()).contains(LocalizedText.of("Gör så", "Do this"));
    assertThat(blocking.subject()).contains("pr1");
    assertThat(Finding.builder().from(warning).documentationGap(true).build().documentationGap()).isTrue();
  }

  @Test
  void ruleIdsAreOrderedByTheirText() {
    assertThat(List.of(RuleId.of("B-2"), RuleId.of("A-1"), RuleId.of("B-1")).stream().sorted().toList())
        .containsExactly(RuleId.of("A-1"), RuleId.of("B-1"), RuleId.of("B-2"));
    assertThat(RuleId.of("A-1")).hasToString("A-1");
    assertThatThrownBy(() -> RuleId.of("a-1")).hasMessageContaining("\"a-1\"");
    assertThatThrownBy(() -> RuleId.of("A".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }
}
