// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.participation.api.ChecklistAnswer;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Meeting;
import se.participation.api.OffTopicMatter;
import se.participation.api.Participant;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.Proposal;
import se.participation.api.ProposalDraft;
import se.participation.api.SuccessEvaluation;
import se.participation.api.TargetGroup;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/** Every value type an embedder may store on its own is written and read back equal, in both formats. */
class EveryValueTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static <T> void roundTrips(T value, Class<T> type, BiFunction<T, Format, String> write) {
    for (Format format : Format.values()) {
      String text = write.apply(value, format);
      assertThat(text).as("%s as %s", type.getSimpleName(), format).isNotBlank();
      assertThat(Values.read(text, type, "value")).as("%s as %s", type.getSimpleName(), format).isEqualTo(value);
    }
    assertThat(Values.types()).contains(type);
  }

  @Test
  void everyValueOfThePilotIsWrittenAndReadBackEqual() {
    ParticipationProcess pilot = Pilot.evaluated();
    Plan plan = pilot.plan();
    roundTrips(pilot, ParticipationProcess.class, Values::write);
    roundTrips(plan, Plan.class, Values::write);
    roundTrips(plan.targetGroups().get(0), TargetGroup.class, Values::write);
    roundTrips(pilot.participants().values().iterator().next(), Participant.class, Values::write);
    roundTrips(pilot.meetings().values().iterator().next(), Meeting.class, Values::write);
    Proposal proposal = pilot.proposals().values().iterator().next();
    roundTrips(proposal, Proposal.class, Values::write);
    roundTrips(ProposalDraft.builder().id(proposal.id()).text(proposal.text()).authorship(proposal.authorship()).build(),
        ProposalDraft.class, Values::write);
    roundTrips(pilot.feedback().get(0), FeedbackDelivery.class, Values::write);
    roundTrips(pilot.evaluationAnswers().get(0), EvaluationAnswer.class, Values::write);
    roundTrips(pilot.answerHistory().get(0), ChecklistAnswer.class, Values::write);
    roundTrips(OffTopicMatter.builder().id(se.participation.api.OffTopicId.of("o1")).text("Parkering").routedTo("Trafik").build(),
        OffTopicMatter.class, Values::write);
    List<Finding> findings = ENGINE.findings(Pilot.planned());
    assertThat(findings).isNotEmpty();
    roundTrips(findings.get(0), Finding.class, Values::write);
    SuccessEvaluation evaluation = se.participation.core.SuccessEvaluator.evaluate(pilot);
    roundTrips(evaluation, SuccessEvaluation.class, Values::write);
    Event event = Pilot.history().get(0);
    roundTrips(event, Event.class, Values::write);
  }

  @Test
  void aHistoryIsReadFromAFileAndFromAReaderAsFromText(@TempDir Path directory) throws IOException {
    String text = EventHistories.write(Pilot.history());
    Path file = directory.resolve("pilot.jsonl");
    Files.writeString(file, text);
    assertThat(EventHistories.read(file)).isEqualTo(Pilot.history());
    assertThat(EventHistories.read(new StringReader(text), "pilot.jsonl")).isEqualTo(Pilot.history());
    assertThat(Input.of(text, "pilot.jsonl")).hasToString("Input[pilot.jsonl, " + text.length() + " characters]");
  }
}
