// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.participation.testkit.assertions.ParticipationAssertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.participation.api.IdentityMode;
import se.participation.api.Part;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.core.ProcessEngine;

class VariantsTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void withANoInTheChecklistTheDialogueIsRefusedWithBeslut4() {
    Fixture fixture = Variants.pilotWithNoInTheChecklist();
    assertThat(fixture.process()).isInPart(Part.BESLUT);
    assertThat(ENGINE.decide(fixture.process(), new Command.ProceedWithDialogue(
        CommandContext.of(fixture.process().id(), fixture.process().version(), Pilot.OWNER, Instant.parse("2020-03-01T00:00:00Z")))))
        .isRejected().hasOnlyFindingsFor("BESLUT-4");
  }

  @Test
  void theNextRoundPlansYoungPeopleOverALongerPeriod() {
    Fixture fixture = Variants.nextRoundWithYoungPeople();
    assertThat(fixture.process()).isInPart(Part.GENOMFORANDE);
    assertThat(fixture.process().plan().targetGroup(Pilot.YOUNG).orElseThrow().outreach()).hasSize(2);
    assertThat(fixture.process().plan().plannedOccasions()).hasValue(4);
    assertThat(ENGINE.replay(fixture.history())).isEqualTo(fixture.process());
  }

  @Test
  void theLabourMarketWorkshopsHaveThirtyResidentsAndAnAnonymousChannel() {
    Fixture fixture = Variants.labourMarketWorkshops();
    assertThat(fixture.process()).isInPart(Part.GENOMFORANDE).hasNoBlockingFindings(ENGINE);
    assertThat(fixture.process().participants()).hasSize(30);
    assertThat(fixture.process().meetings().values()).hasSize(2).allMatch(m -> m.attendance().size() == 30);
    assertThat(fixture.process().proposals().values())
        .anyMatch(p -> p.authorship().mode() == IdentityMode.ANONYMOUS);
    assertThat(ENGINE.replay(fixture.history())).isEqualTo(fixture.process());
  }
}
