// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import se.participation.json.internal.Texts;

/**
 * Text to read, with the name errors give it: a file, a string, a {@link Reader} or an {@link
 * InputStream} (UTF-8). The text is read whole when the input is made, and at most {@link
 * #MAX_CHARS} characters are read, so a runaway stream cannot exhaust memory.
 *
 * <pre>{@code
 * Judgement judgement = Judgement.of(Input.of(Path.of("plan.yaml")), engine);
 * Judgement uploaded = Judgement.of(Input.of(request.getInputStream(), "upload.yaml"), engine);
 * }</pre>
 */
public final class Input {
  /** The most characters an input may hold: 64 Mi, room for a document of 100,000 participants. */
  public static final int MAX_CHARS = 64 * 1024 * 1024;

  private final String text;
  private final String name;

  private Input(String text, String name) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not text
    this.name = name;
  }

  /**
   * The text of a UTF-8 file, named by its path.
   *
   * @throws NullPointerException when {@code file} is null
   * @throws InputException of kind {@code UNREADABLE} when the file does not exist, cannot be
   *     read, is not UTF-8 or is larger than {@link #MAX_CHARS}
   */
  public static Input of(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, name);
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Kind.UNREADABLE, name, 0, 0, "", Texts.text("input.noFile"));
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Text given as a string.
   *
   * @param name how errors name the input, e.g. its file name
   * @throws NullPointerException when an argument is null
   * @throws InputException of kind {@code UNREADABLE} when it is larger than {@link #MAX_CHARS}
   */
  public static Input of(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    if (text.length() > MAX_CHARS) {
      throw tooLarge(name);
    }
    return new Input(text, name);
  }

  /**
   * The text of a reader, read to its end; the reader is not closed.
   *
   * @param name how errors name the input
   * @throws NullPointerException when an argument is null
   * @throws InputException of kind {@code UNREADABLE} when it cannot be read or holds more than
   *     {@link #MAX_CHARS} characters
   */
  public static Input of(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int read;
      while ((read = reader.read(buffer)) != -1) {
        if (out.length() + read > MAX_CHARS) {
          throw tooLarge(name);
        }
        out.append(buffer, 0, read);
      }
    } catch (CharacterCodingException e) {
      throw new InputException(InputException.Kind.UNREADABLE, name, 0, 0, "", Texts.text("input.notUtf8"));
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    return new Input(out.toString(), name);
  }

  /**
   * The text of a UTF-8 stream, read to its end; the stream is not closed. Bytes that are not
   * UTF-8 are an error, not replaced.
   *
   * @param name how errors name the input
   * @throws NullPointerException when an argument is null
   * @throws InputException of kind {@code UNREADABLE} when it cannot be read, is not UTF-8 or
   *     holds more than {@link #MAX_CHARS} characters
   */
  public static Input of(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    return of(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), name);
  }

  private static InputException tooLarge(String name) {
    return new InputException(InputException.Kind.UNREADABLE, name, 0, 0, "", Texts.text("input.tooLarge", MAX_CHARS));
  }

  private static InputException unreadable(String name, IOException e) {
    return new InputException(InputException.Kind.UNREADABLE, name, 0, 0, "",
        Texts.text("input.unreadable", e.getClass().getSimpleName()));
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** How errors name the input. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Input[" + name + ", " + text.length() + " characters]";
  }
}
