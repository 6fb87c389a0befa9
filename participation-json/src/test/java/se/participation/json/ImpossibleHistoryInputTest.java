// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/** An impossible history read from JSON Lines is an input error at the line of the event. */
class ImpossibleHistoryInputTest {

  @Test
  void anEventAfterTheProcessClosedIsRefusedAtItsLineInTheReadersLanguage() {
    List<Event> history = new ArrayList<>(Pilot.history());
    Event last = history.get(history.size() - 1);
    history.add(new Event.LessonRecorded(new EventContext(last.context().process(), last.context().version() + 1,
        last.context().actor(), last.context().at().plusSeconds(3600)), "Efteråt"));
    // A blank first line: the error names the line in the file, not the event's position.
    String text = "\n" + EventHistories.write(history);

    InputException error = catchThrowableOfType(
        () -> Judgement.of(Input.of(text, "pilot.jsonl"), ProcessEngine.withHandbookRulesOnly()), InputException.class);

    assertThat(error).isNotNull();
    assertThat(error.line()).contains(history.size() + 1);
    assertThat(error.message(Locale.ENGLISH)).startsWith("pilot.jsonl:" + (history.size() + 1) + ":")
        .contains("LessonRecorded after the process is Closed");
    assertThat(error.message(Locale.forLanguageTag("sv"))).contains("LessonRecorded efter att processen är Avslutad");
  }
}
