// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import se.participation.core.ProcessEngine;
import se.participation.json.internal.DocumentCodec;
import se.participation.json.internal.DocumentRunner;
import se.participation.json.internal.Parser;

/**
 * Reads, writes and judges {@link ProcessDocument process documents} in JSON or YAML.
 *
 * <pre>{@code
 * ProcessDocument document = ProcessDocuments.read(Path.of("plan.yaml"));
 * String json = ProcessDocuments.write(document, Format.JSON);
 * Judgement judgement = Judgement.of(document, ProcessEngine.withContributedRules());
 * }</pre>
 */
public final class ProcessDocuments {
  /** The schema version this library reads and writes. */
  public static final int SCHEMA_VERSION = DocumentCodec.SCHEMA_VERSION;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build());

  private ProcessDocuments() {}

  /**
   * Reads a document, in JSON or YAML.
   *
   * @throws NullPointerException when {@code input} is null
   * @throws InputException naming the file, line, column and field when it cannot be read
   */
  public static ProcessDocument read(Input input) {
    Objects.requireNonNull(input, "input");
    return DocumentCodec.read(Parser.parse(input.text(), input.name()), input.name()).document();
  }

  /**
   * Reads a document from a UTF-8 file, in JSON or YAML.
   *
   * @throws NullPointerException when {@code file} is null
   * @throws InputException naming the file, line, column and field when it cannot be read
   */
  public static ProcessDocument read(Path file) {
    return read(Input.of(file));
  }

  /**
   * Reads a document from text, in JSON or YAML.
   *
   * @param name how to name the input in errors, e.g. its file name
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static ProcessDocument read(String text, String name) {
    return read(Input.of(text, name));
  }

  /**
   * Reads a document from a reader, to its end (the reader is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static ProcessDocument read(Reader reader, String name) {
    return read(Input.of(reader, name));
  }

  /**
   * Reads a document from a UTF-8 stream, to its end (the stream is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static ProcessDocument read(InputStream in, String name) {
    return read(Input.of(in, name));
  }

  /**
   * The document of an event history and the process it gives: what a person would have written
   * for the same process. Judging the document reaches a process with the same content.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the history is not a consistent history of one process
   */
  public static ProcessDocument export(java.util.List<se.participation.api.event.Event> history, ProcessEngine engine) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(engine, "engine");
    return se.participation.json.internal.DocumentExporter.export(history, engine.replay(history));
  }

  /**
   * Writes a document in a format.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(ProcessDocument document, Format format) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(format, "format");
    try {
      return (format == Format.JSON ? JSON : YAML).writeValueAsString(DocumentCodec.write(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Judgement judge(Input input, ProcessEngine engine) {
    DocumentCodec.Located located = DocumentCodec.read(Parser.parse(input.text(), input.name()), input.name());
    return judge(located.document(), input.name(), located.locations(), engine);
  }

  static Judgement judge(ProcessDocument document, ProcessEngine engine) {
    return judge(document, document.process().id().value(), Map.of(), engine);
  }

  private static Judgement judge(ProcessDocument document, String name, Map<String, se.participation.json.internal.Node.Location> locations, ProcessEngine engine) {
    DocumentRunner.Result result = DocumentRunner.run(engine, document, name, locations);
    return new Judgement(result.history(), engine.judge(result.history()).withGaps(result.gaps()));
  }
}
