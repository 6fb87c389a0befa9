// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.core.ProcessEngine;

/** A document declares its actors and their roles; a step by someone without the role is an input error. */
class DocumentAuthorityTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void theDocumentsActorsHoldTheirRolesInTheProcess() {
    Judgement judgement = Judgement.of(Input.of(ExamplesTest.EXAMPLES.resolve("pilot.yaml")), ENGINE);
    assertThat(judgement.process().rolesOf(ActorId.of("socialnamnden"))).containsExactly(ActorRole.COMMITTEE);
    assertThat(judgement.process().rolesOf(ActorId.of("kommunfullmaktige"))).containsExactly(ActorRole.COUNCIL);
  }

  @Test
  void aResidentWhoMakesTheCommitteesDecisionIsAnInputErrorAtThatStep() throws IOException {
    String pilot = Files.readString(ExamplesTest.EXAMPLES.resolve("pilot.yaml"));
    int committee = pilot.indexOf("- action: COMMITTEE");
    assertThat(committee).isPositive();
    String text = pilot.substring(0, committee)
        + pilot.substring(committee).replaceFirst("  by: socialnamnden", "  by: invanare-1");
    int line = (int) pilot.substring(0, committee).lines().count() + 1;

    InputException error = catchThrowableOfType(() -> Judgement.of(Input.of(text, "pilot.yaml"), ENGINE), InputException.class);

    assertThat(error).isNotNull();
    assertThat(error.line()).contains(line);
    assertThat(error.message(Locale.ENGLISH)).contains("lineage[", "DecideInCommittee needs one of the roles [Deciding body", "the actor has []");
    assertThat(error.message(Locale.forLanguageTag("sv"))).contains("DecideInCommittee");
  }
}
