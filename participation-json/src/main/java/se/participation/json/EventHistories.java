// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.json.internal.EventCodec;
import se.participation.json.internal.In;
import se.participation.json.internal.Parser;
import se.participation.json.internal.Texts;

/**
 * Reads and writes event histories as JSON Lines: one event a line, oldest first, so that an
 * embedding system can export a process and the command can judge it.
 */
public final class EventHistories {
  private static final ObjectMapper LINES = new ObjectMapper();

  private EventHistories() {}

  /** Whether text looks like an event history: its first line is a JSON object with a "type". */
  public static boolean looksLikeHistory(String text) {
    String first = text.stripLeading().lines().findFirst().orElse("");
    return first.startsWith("{") && first.contains("\"type\"") && first.contains("\"version\"");
  }

  /** Writes events, one a line, each line ending with a newline. */
  public static String write(List<Event> events) {
    StringBuilder out = new StringBuilder();
    for (Event event : events) {
      try {
        out.append(LINES.writeValueAsString(EventCodec.write(event))).append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString();
  }

  /**
   * Reads events from text, one a line; blank lines are skipped.
   *
   * @param name how to name the input in errors
   * @throws InputException naming the line and field when a line cannot be read
   */
  public static List<Event> read(String text, String name) {
    List<Event> events = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        events.add(In.of(Parser.parse(line, name), "", name).read(EventCodec::read));
      } catch (InputException e) {
        throw e.atLine(i + 1);
      }
    }
    if (events.isEmpty()) {
      throw new InputException(InputException.Kind.SYNTAX, name, 1, 1, "", Texts.text("input.empty"));
    }
    return events;
  }

  /** Reads events from a file, one a line. */
  public static List<Event> read(Path file) {
    return read(ProcessDocuments.text(file), file.toString());
  }

  /**
   * Judges an event history: replays it and evaluates the findings of the part it reached.
   *
   * @throws InputException when a line cannot be read or the events do not form one history
   */
  public static Judgement judge(List<Event> history, String name, ProcessEngine engine) {
    try {
      var process = engine.replay(history);
      return new Judgement(process, history, java.util.Optional.empty(), engine.findings(process));
    } catch (IllegalArgumentException e) {
      throw new InputException(InputException.Kind.INVALID_VALUE, name, 0, 0, "",
          Texts.text("input.history", String.valueOf(e.getMessage())));
    }
  }
}
