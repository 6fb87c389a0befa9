// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import se.participation.core.ProcessEngine;
import se.participation.json.internal.DocumentCodec;
import se.participation.json.internal.DocumentRunner;
import se.participation.json.internal.Parser;
import se.participation.json.internal.Texts;

/**
 * Reads, writes and judges {@link ProcessDocument process documents} in JSON or YAML.
 *
 * <pre>{@code
 * Judgement judgement = ProcessDocuments.judge(Path.of("plan.yaml"), ProcessEngine.withHandbookRulesOnly());
 * judgement.blockers().forEach(f -> System.out.println(f.ruleId() + ": " + f.message().sv()));
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
   * Reads a document from a file, in JSON or YAML.
   *
   * @throws InputException naming the file, line, column and field when it cannot be read
   */
  public static ProcessDocument read(Path file) {
    return DocumentCodec.read(Parser.parse(text(file), file.toString()), file.toString()).document();
  }

  /**
   * Reads a document from text, in JSON or YAML.
   *
   * @param name how to name the input in errors, e.g. its file name
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static ProcessDocument read(String text, String name) {
    return DocumentCodec.read(Parser.parse(text, name), name).document();
  }

  /**
   * The document of an event history and the process it gives: what a person would have written
   * for the same process. Judging the document reaches a process with the same content.
   */
  public static ProcessDocument export(java.util.List<se.participation.api.event.Event> history, ProcessEngine engine) {
    return se.participation.json.internal.DocumentExporter.export(history, engine.replay(history));
  }

  /** Writes a document in a format. */
  public static String write(ProcessDocument document, Format format) {
    try {
      return (format == Format.JSON ? JSON : YAML).writeValueAsString(DocumentCodec.write(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a file and judges it: its commands are run through the engine, and the
   * findings of the part it reached are evaluated.
   *
   * @throws InputException when it cannot be read, or contradicts itself (e.g. attendance of a
   *     participant it never registers), naming the element
   */
  public static Judgement judge(Path file, ProcessEngine engine) {
    return judge(text(file), file.toString(), engine);
  }

  /** Judges a document given as text. */
  public static Judgement judge(String text, String name, ProcessEngine engine) {
    DocumentCodec.Located located = DocumentCodec.read(Parser.parse(text, name), name);
    return judge(located.document(), name, located.locations(), engine);
  }

  /** Judges a document already read. */
  public static Judgement judge(ProcessDocument document, ProcessEngine engine) {
    return judge(document, document.process().id().value(), Map.of(), engine);
  }

  private static Judgement judge(ProcessDocument document, String name, Map<String, se.participation.json.internal.Node.Location> locations, ProcessEngine engine) {
    DocumentRunner.Result result = DocumentRunner.run(engine, document, name, locations);
    return new Judgement(result.process(), result.history(), result.refusedMove(), engine.findings(result.process()));
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file.toString(), 0, 0, "", Texts.text("input.noFile"));
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file.toString(), 0, 0, "",
          Texts.text("input.unreadable", String.valueOf(e.getMessage())));
    }
  }
}
