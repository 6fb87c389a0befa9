// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorId;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;

/**
 * Replay refuses a history the engine could never have produced, naming the event and why; a
 * command dated before the process's last event is refused (issue "Trust", §3).
 */
class ImpossibleHistoryTest {
  private static final Scenario CLOSED = new Scenario().closed();

  private static EventContext next(List<Event> history, Duration later) {
    Event last = history.get(history.size() - 1);
    return new EventContext(last.context().process(), last.context().version() + 1, ActorId.of("anna"),
        last.context().at().plus(later));
  }

  private static ImpossibleHistoryException refusal(List<Event> history) {
    ImpossibleHistoryException[] caught = new ImpossibleHistoryException[1];
    assertThatThrownBy(() -> ProcessEngine.withHandbookRulesOnly().replay(history))
        .isInstanceOfSatisfying(ImpossibleHistoryException.class, e -> caught[0] = e);
    // Judging refuses it as replay does.
    assertThatThrownBy(() -> ProcessEngine.withHandbookRulesOnly().judge(history)).isInstanceOf(ImpossibleHistoryException.class);
    return caught[0];
  }

  @Test
  void nothingButAnErasureFollowsTheEndOfAProcess() {
    List<Event> history = new ArrayList<>(CLOSED.history());
    history.add(new Event.LessonRecorded(next(history, Duration.ofDays(1)), "En lärdom efteråt"));
    ImpossibleHistoryException refused = refusal(history);
    assertThat(refused.position()).isEqualTo(history.size() - 1);
    assertThat(refused.getMessage()).contains("LessonRecorded after the process is Closed");
    assertThat(refused.message(Locale.forLanguageTag("sv"))).startsWith("Händelse " + history.size() + " i historiken:")
        .contains("Avslutad");

    List<Event> erased = new ArrayList<>(CLOSED.history());
    erased.add(new Event.ParticipantDataErased(next(erased, Duration.ofDays(30)), Scenario.P1));
    assertThat(ProcessEngine.withHandbookRulesOnly().replay(erased).participant(Scenario.P1).orElseThrow().erased()).isTrue();
  }

  @Test
  void timeDoesNotRunBackwardsBeyondTheTolerance() {
    List<Event> history = new ArrayList<>(CLOSED.history());
    int k = 5;
    Event original = history.get(k);
    Event.DecisionQuestionAnswered answered = (Event.DecisionQuestionAnswered) original;
    EventContext thirtyYearsBack = new EventContext(original.context().process(), original.context().version(),
        original.context().actor(), original.context().at().minus(Duration.ofDays(365L * 30)));
    history.set(k, new Event.DecisionQuestionAnswered(thirtyYearsBack, answered.answer()));
    ImpossibleHistoryException refused = refusal(history);
    assertThat(refused.position()).isEqualTo(k);
    assertThat(refused.getMessage()).contains("time runs backwards");

    // Clocks of two nodes may differ by a little.
    EventContext aMinuteBack = new EventContext(original.context().process(), original.context().version(),
        original.context().actor(), history.get(k - 1).context().at().minus(Duration.ofMinutes(1)));
    history.set(k, new Event.DecisionQuestionAnswered(aMinuteBack, answered.answer()));
    assertThat(ProcessEngine.withHandbookRulesOnly().replay(history).version()).isEqualTo(history.size());

    // The tolerance is five minutes exactly: at the limit the event passes, a nanosecond beyond it does not.
    Instant before = history.get(k - 1).context().at();
    EventContext atTheLimit = new EventContext(original.context().process(), original.context().version(),
        original.context().actor(), before.minus(Duration.ofMinutes(5)));
    history.set(k, new Event.DecisionQuestionAnswered(atTheLimit, answered.answer()));
    assertThat(ProcessEngine.withHandbookRulesOnly().replay(history).version()).isEqualTo(history.size());
    EventContext beyond = new EventContext(original.context().process(), original.context().version(),
        original.context().actor(), before.minus(Duration.ofMinutes(5)).minusNanos(1));
    history.set(k, new Event.DecisionQuestionAnswered(beyond, answered.answer()));
    assertThat(refusal(history).position()).isEqualTo(k);
  }

  @Test
  void aSecondRegistrationOfAParticipantDoesNotOverwriteTheFirst() {
    Scenario planned = new Scenario().planned();
    List<Event> history = new ArrayList<>(planned.history());
    Event.ParticipantRegistered first = history.stream().filter(Event.ParticipantRegistered.class::isInstance)
        .map(Event.ParticipantRegistered.class::cast).findFirst().orElseThrow();
    history.add(new Event.ParticipantRegistered(next(history, Duration.ofMinutes(1)), first.participant(), Optional.empty()));
    ImpossibleHistoryException refused = refusal(history);
    assertThat(refused.getMessage()).contains("ParticipantRegistered with " + first.participant().id() + ", which already exists");
  }

  @Test
  void aMoveMustStartFromThePartTheProcessIsIn() {
    Scenario carriedOut = new Scenario().carriedOut();
    List<Event> history = new ArrayList<>(carriedOut.history());
    history.add(new Event.PartAdvanced(next(history, Duration.ofMinutes(1)), Part.BESLUT, Part.PLANERING));
    assertThat(refusal(history).getMessage()).contains("the move from Decision to Planning does not fit");

    List<Event> skipping = new ArrayList<>(carriedOut.history());
    skipping.add(new Event.PartAdvanced(next(skipping, Duration.ofMinutes(1)), Part.GENOMFORANDE, Part.UTVARDERING));
    assertThat(refusal(skipping).position()).isEqualTo(skipping.size() - 1);

    List<Event> early = new ArrayList<>(carriedOut.history());
    early.add(new Event.ProcessClosed(next(early, Duration.ofMinutes(1))));
    assertThat(refusal(early).getMessage()).contains("ProcessClosed cannot happen in the part Carrying out");
  }

  @Test
  void anEventIsHeldToThePartsItsCommandIsPossibleIn() {
    Scenario decided = new Scenario().decided();
    List<Event> history = new ArrayList<>(decided.history());
    history.add(new Event.LessonRecorded(next(history, Duration.ofMinutes(1)), "Lärdom i Beslut"));
    assertThat(refusal(history).getMessage()).contains("LessonRecorded cannot happen in the part Decision");
  }

  @Test
  void everyEventTypeHasTheCommandThatCausesIt() {
    java.util.Set<Class<?>> causes = new java.util.HashSet<>();
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      @SuppressWarnings("unchecked")
      Class<? extends Event> event = (Class<? extends Event>) type;
      causes.add(se.participation.core.internal.CommandPolicy.cause(event));
    }
    // One command per event type, and every command causes one.
    assertThat(causes).hasSameSizeAs(Event.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    // Each of them is replayed in some generated history (ProcessProperties); here: every one of
    // the golden scenario's events passes the check.
    ParticipationProcess replayed = ProcessEngine.withHandbookRulesOnly().replay(CLOSED.history());
    assertThat(replayed).isEqualTo(CLOSED.process());
  }

  @Test
  void aCommandDatedBeforeTheProcesssLastEventIsRefused() {
    Scenario scenario = new Scenario().planned();
    ParticipationProcess process = scenario.process();
    Instant thirtyYearsBack = process.updatedAt().minus(Duration.ofDays(365L * 30));
    Outcome outcome = scenario.engine.decide(process, new Command.RecordLesson(
        CommandContext.of(process.id(), process.version(), Scenario.OWNER, thirtyYearsBack), "x"));
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcome).reasons()).filteredOn(Reason.InvalidInput.class::isInstance)
        .extracting(r -> r.message().en()).anySatisfy(m -> assertThat(m).contains("time does not run backwards"));

    Outcome withinTolerance = scenario.engine.decide(process, new Command.ApprovePlan(
        CommandContext.of(process.id(), process.version(), Scenario.OWNER, process.updatedAt().minus(Duration.ofMinutes(2)))));
    assertThat(withinTolerance).isInstanceOf(Outcome.Accepted.class);

    Instant limit = process.updatedAt().minus(Duration.ofMinutes(5));
    assertThat(scenario.engine.decide(process, new Command.ApprovePlan(
        CommandContext.of(process.id(), process.version(), Scenario.OWNER, limit)))).isInstanceOf(Outcome.Accepted.class);
    assertThat(scenario.engine.decide(process, new Command.ApprovePlan(
        CommandContext.of(process.id(), process.version(), Scenario.OWNER, limit.minusNanos(1)))))
        .isInstanceOf(Outcome.Rejected.class);
  }
}
