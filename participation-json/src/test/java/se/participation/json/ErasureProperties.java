// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.Participant;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.generators.ProcessScript;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

/**
 * Erasure that erases (issue "Trust", §2): after {@code EraseParticipantData} and {@code redact},
 * none of the participant's personal data (contact details, pseudonym, her own feedback channel)
 * appears in the history, the state, their JSON, the exported document or the findings, and the
 * redacted history replays to the same process with the same evaluation.
 */
class ErasureProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private record Case(ProcessScript.Recorded recorded, Participant participant) {}

  private static Gen<Case> cases() {
    return Generators.closedProcesses().flatMap(recorded -> {
      List<Participant> everyone = List.copyOf(recorded.process().participants().values());
      return Gen.elementOf(everyone).map(p -> new Case(recorded, p));
    });
  }

  /** The strings erasure must remove: contact details, pseudonym, and a channel she alone uses. */
  static Set<String> personal(ParticipationProcess process, Participant participant) {
    return se.participation.testkit.PersonalData.of(process, participant);
  }

  @Test
  void afterErasureNoErasedStringAppearsAnywhereAndReplayAndEvaluationAgree() {
    Property.forAll(cases()).named("after erasure no erased string appears anywhere, and replay and evaluation agree")
        .tries(60).check(c -> {
          ParticipationProcess closed = c.recorded().process();
          Set<String> erased = personal(closed, c.participant());
          var outcome = ENGINE.decide(closed, new Command.EraseParticipantData(CommandContext.of(closed.id(), closed.version(),
              se.participation.api.Actor.of(closed.owner().value(), se.participation.api.ActorRole.PROCESS_OWNER),
              closed.updatedAt().plusSeconds(60)), c.participant().id()));
          List<Event> history = new ArrayList<>(c.recorded().history());
          history.addAll(outcome.orElseThrow().events());
          ParticipationProcess live = ENGINE.apply(closed, outcome.orElseThrow().events());
          List<Event> redacted = ENGINE.redact(history, c.participant().id());

          String everything = EventHistories.write(redacted)
              + Values.write(live, Format.JSON)
              + live
              + redacted
              + ProcessDocuments.write(ProcessDocuments.export(redacted, ENGINE), Format.YAML)
              + ENGINE.findings(live)
              + ENGINE.judge(redacted).evaluation();
          for (String string : erased) {
            assertThat(everything).as("erased \"%s\"", string).doesNotContain(string);
          }
          ParticipationProcess replayed = ENGINE.replay(redacted);
          assertThat(replayed).isEqualTo(live);
          assertThat(SuccessEvaluator.evaluate(replayed)).isEqualTo(SuccessEvaluator.evaluate(ENGINE.replay(history)));
          assertThat(live.participant(c.participant().id()).orElseThrow().erased()).isTrue();
          assertThat(live.contacts()).doesNotContainKey(c.participant().id());
        });
  }

  @Test
  void everyEventRedactionChangesIsOneThatMayHoldPersonalData() {
    Property.forAll(cases()).named("every event redaction changes is one that may hold personal data")
        .tries(60).check(c -> {
          ParticipationProcess closed = c.recorded().process();
          var outcome = ENGINE.decide(closed, new Command.EraseParticipantData(CommandContext.of(closed.id(), closed.version(),
              se.participation.api.Actor.of(closed.owner().value(), se.participation.api.ActorRole.PROCESS_OWNER),
              closed.updatedAt().plusSeconds(60)), c.participant().id()));
          List<Event> history = new ArrayList<>(c.recorded().history());
          history.addAll(outcome.orElseThrow().events());
          List<Event> redacted = ENGINE.redact(history, c.participant().id());
          assertThat(redacted).hasSameSizeAs(history);
          for (int i = 0; i < history.size(); i++) {
            if (!redacted.get(i).equals(history.get(i))) {
              assertThat(ENGINE.mayHoldPersonalData(history.get(i))).as("changed: %s", history.get(i).getClass().getSimpleName())
                  .isTrue();
            }
          }
        });
  }

  @Test
  void theErasurePropertyIsNotVacuousMostCasesHoldPersonalDataToErase() {
    se.participation.testkit.property.Source source =
        se.participation.testkit.property.Source.of(new java.util.SplittableRandom(20261201));
    int withData = 0;
    for (int i = 0; i < 50; i++) {
      Case c = cases().generate(source);
      if (!personal(c.recorded().process(), c.participant()).isEmpty()) {
        withData++;
      }
    }
    assertThat(withData).as("cases with personal data, of 50").isGreaterThanOrEqualTo(25);
  }
}
