// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.List;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Severity;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.rule.RuleProvider;
import se.participation.api.text.LocalizedText;

/** A municipality's own rule, contributed through ServiceLoader (see META-INF/services). */
public final class ContributedRule implements RuleProvider {

  /** Every process must have at least one politician registered before meetings are held. */
  static final Rule POLITICIAN_PRESENT =
      new Rule() {
        @Override
        public RuleId id() {
          return RuleId.of("KOMMUN-POLITIKER");
        }

        @Override
        public Part part() {
          return Part.PLANERING;
        }

        @Override
        public Severity severity() {
          return Severity.BLOCKING;
        }

        @Override
        public LocalizedText description() {
          return LocalizedText.of("En politiker är anmäld.", "A politician is registered.");
        }

        @Override
        public String source() {
          return "Kommunens riktlinje 2024:1";
        }

        @Override
        public List<Finding> evaluate(ParticipationProcess process) {
          boolean present = process.participants().values().stream()
              .anyMatch(p -> p.role() == se.participation.api.ParticipantRole.POLITICIAN);
          return present
              ? List.of()
              : List.of(Finding.of(this, LocalizedText.of("Ingen politiker är anmäld.", "No politician is registered.")));
        }
      };

  @Override
  public List<Rule> rules() {
    return List.of(POLITICIAN_PRESENT);
  }
}
