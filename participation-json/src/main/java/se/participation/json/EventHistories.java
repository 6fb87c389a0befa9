// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.io.InputStream;
import java.io.Reader;
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

  /**
   * The version of the stored format of events this code writes and reads. An event stored
   * without a version (before 2026-12-02) is read as version 1; a newer version is refused with
   * its line, never misread.
   */
  public static final int SCHEMA_VERSION = EventCodec.SCHEMA_VERSION;

  /**
   * The name an event type is stored under ({@code ProcessStarted}, {@code MeetingHeld}, …), for
   * good: it never follows a rename of the class.
   *
   * @throws NullPointerException when {@code type} is null
   */
  public static String typeName(Class<? extends Event> type) {
    return EventCodec.typeName(Objects.requireNonNull(type, "type"));
  }

  /**
   * Whether text looks like an event history: its first line is a JSON object with a "type".
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static boolean looksLikeHistory(String text) {
    String first = text.stripLeading().lines().findFirst().orElse("");
    return first.startsWith("{") && first.contains("\"type\"") && first.contains("\"version\"");
  }

  /**
   * Writes events, one a line, each line ending with a newline.
   *
   * @throws NullPointerException when {@code events} is or holds null
   */
  public static String write(List<Event> events) {
    Objects.requireNonNull(events, "events");
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
   * Reads events, one a line; blank lines are skipped.
   *
   * @throws NullPointerException when {@code input} is null
   * @throws InputException naming the line and field when a line cannot be read, or when there
   *     is no event
   */
  public static List<Event> read(Input input) {
    return located(input).events();
  }

  /** Events read from a history, with the line each was on. */
  record Located(List<Event> events, List<Integer> lines) {}

  static Located located(Input input) {
    Objects.requireNonNull(input, "input");
    String name = input.name();
    List<Event> events = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String text = input.text();
    // A byte order mark is accepted, as in documents.
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        events.add(In.of(Parser.parse(line, name), "", name).read(EventCodec::read));
        numbers.add(i + 1);
      } catch (InputException e) {
        throw e.atLine(i + 1);
      }
    }
    if (events.isEmpty()) {
      throw new InputException(InputException.Kind.SYNTAX, name, 1, 1, "", Texts.text("input.empty"));
    }
    return new Located(List.copyOf(events), List.copyOf(numbers));
  }

  /**
   * Reads events from text, one a line.
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line and field when a line cannot be read
   */
  public static List<Event> read(String text, String name) {
    return read(Input.of(text, name));
  }

  /**
   * Reads events from a UTF-8 file, one a line.
   *
   * @throws NullPointerException when {@code file} is null
   * @throws InputException naming the file, line and field when it cannot be read
   */
  public static List<Event> read(Path file) {
    return read(Input.of(file));
  }

  /**
   * Reads events from a reader, to its end (the reader is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line and field when a line cannot be read
   */
  public static List<Event> read(Reader reader, String name) {
    return read(Input.of(reader, name));
  }

  /**
   * Reads events from a UTF-8 stream, to its end (the stream is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line and field when a line cannot be read
   */
  public static List<Event> read(InputStream in, String name) {
    return read(Input.of(in, name));
  }

  static Judgement judge(List<Event> history, String name, ProcessEngine engine) {
    return judge(new Located(history, java.util.stream.IntStream.rangeClosed(1, history.size()).boxed().toList()), name, engine);
  }

  /**
   * Judges a history; an impossible one is an input error at the line of the event that cannot
   * follow the ones before it (for a history that was not read from lines, its position).
   */
  static Judgement judge(Located history, String name, ProcessEngine engine) {
    try {
      return new Judgement(history.events(), engine.judge(history.events()));
    } catch (se.participation.core.ImpossibleHistoryException e) {
      int line = e.position() < history.lines().size() ? history.lines().get(e.position()) : e.position() + 1;
      throw new InputException(InputException.Kind.INVALID_VALUE, name, line, 1, "",
          Texts.text("input.history", e.reason()));
    } catch (IllegalArgumentException e) {
      throw new InputException(InputException.Kind.INVALID_VALUE, name, 1, 1, "",
          Texts.text("input.history", String.valueOf(e.getMessage())));
    }
  }
}
