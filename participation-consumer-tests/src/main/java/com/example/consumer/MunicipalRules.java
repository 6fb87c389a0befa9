// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import java.util.List;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Part;
import se.participation.api.Severity;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.rule.RuleProvider;
import se.participation.api.text.LocalizedText;

/** The municipality's own rule, contributed through ServiceLoader. */
public final class MunicipalRules implements RuleProvider {
  /** The rule's id. */
  public static final RuleId POLITICIAN = RuleId.of("KOMMUN-POLITIKER");

  /** For ServiceLoader. */
  public MunicipalRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(new PoliticianRegistered());
  }

  /** A politician must be registered before a plan is approved. */
  static final class PoliticianRegistered implements Rule {
    @Override public RuleId id() { return POLITICIAN; }
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
}
