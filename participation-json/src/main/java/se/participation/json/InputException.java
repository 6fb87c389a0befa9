// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.util.Objects;
import java.util.Optional;
import java.util.Locale;
import se.participation.api.ParticipationException;
import se.participation.api.text.LocalizedText;

/**
 * Input that cannot be read: a missing file, text that is not JSON or YAML, an unknown field, a
 * wrong type, an unknown constant, a value the API rejects. It names the file, the line and column
 * where known, the field's path, and what was expected, in Swedish and English.
 */
public final class InputException extends ParticipationException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem the input has. */
  public enum Kind {
    /** The file does not exist or cannot be read. */
    UNREADABLE,
    /** The text is not JSON or YAML. */
    SYNTAX,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** A field that must be there is missing. */
    MISSING_FIELD,
    /** A value of the wrong type, e.g. a list where text was expected. */
    WRONG_TYPE,
    /** A constant that does not exist, e.g. a misspelt level. */
    UNKNOWN_CONSTANT,
    /** A value the API rejects, e.g. dates in the wrong order. */
    INVALID_VALUE,
    /** A schema version this reader does not know. */
    UNSUPPORTED_VERSION
  }

  /** The kind of problem. */
  private final Kind kind;
  /** The file name or a description of the input. */
  private final String file;
  /** The line from 1, or 0. */
  private final int line;
  /** The column from 1, or 0. */
  private final int column;
  /** The field's path, or empty. */
  private final String path;
  /** What is wrong, in every language (not serialized: the English message is). */
  private final transient LocalizedText problem;

  /**
   * An input problem.
   *
   * @param kind the kind of problem
   * @param file the file name, or a description such as "standard input"
   * @param line the line from 1, or 0 when unknown
   * @param column the column from 1, or 0 when unknown
   * @param path the field's path such as {@code plan.timeline.GENOMFORANDE}, or empty
   * @param problem what is wrong and what was expected
   * @throws NullPointerException when {@code kind}, {@code file}, {@code path} or {@code problem}
   *     is null
   */
  public InputException(Kind kind, String file, int line, int column, String path, LocalizedText problem) {
    super(render(file, line, column, path, problem.en()));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String render(String file, int line, int column, String path, String problem) {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (!path.isEmpty()) {
      out.append(": ").append(path);
    }
    return out.append(": ").append(problem).toString();
  }

  /** This problem placed at a line of a multi-line input, e.g. a line of an event history. */
  public InputException atLine(int newLine) {
    InputException moved = new InputException(kind, file, newLine, column, path, problem);
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * The message in a language: {@code file:line:column: path: problem}. It quotes the input where
   * that helps (a misspelt field, an unknown constant), as {@link #getMessage()} does in English.
   */
  @Override
  public String message(Locale language) {
    return render(file, line, column, path, problem.in(language));
  }

  /** The kind of problem. */
  public Kind kind() {
    return kind;
  }

  /** The file. */
  public String file() {
    return file;
  }

  /** The line from 1, when known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** The column from 1, when known. */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /** The field's path, or empty. */
  public String path() {
    return path;
  }

  /** What is wrong, in both languages. */
  public LocalizedText problem() {
    return problem;
  }
}
