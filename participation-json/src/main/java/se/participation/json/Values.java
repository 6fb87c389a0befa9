// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
import se.participation.json.internal.Codec;
import se.participation.json.internal.EventCodec;
import se.participation.json.internal.In;
import se.participation.json.internal.Node;
import se.participation.json.internal.Parser;
import se.participation.json.internal.StateCodec;

/**
 * JSON and YAML for single values of the API: the process state, plans, participants, meetings,
 * proposals, feedback, findings, evaluations, events, sortitions, and the other values they are made of.
 * Field names are the accessors' names; absent optional values and empty lists are left out.
 * There is a {@code write} for each type, so a type that cannot be written does not compile.
 *
 * <pre>{@code
 * String json = Values.write(process, Format.JSON);
 * ParticipationProcess again = Values.read(json, ParticipationProcess.class, "snapshot.json");
 * }</pre>
 *
 * <p>To read and write the same values through an {@code ObjectMapper} of your own (Spring's,
 * say), register {@link ParticipationModule}.
 */
public final class Values {
  record Mapping<T>(Function<T, ObjectNode> writer, Function<In, T> reader) {}

  private static final Map<Class<?>, Mapping<?>> MAPPINGS = new LinkedHashMap<>();

  static {
    add(ParticipationProcess.class, StateCodec::write, StateCodec::process);
    add(Plan.class, Codec::write, Codec::plan);
    add(TargetGroup.class, Codec::write, Codec::targetGroup);
    add(Participant.class, Codec::write, Codec::participant);
    add(Meeting.class, Codec::write, Codec::meeting);
    add(ProposalDraft.class, Codec::write, Codec::proposal);
    add(Proposal.class, StateCodec::write, StateCodec::proposal);
    add(OffTopicMatter.class, Codec::write, Codec::offTopic);
    add(FeedbackDelivery.class, Codec::write, Codec::feedback);
    add(EvaluationAnswer.class, Codec::write, Codec::evaluationAnswer);
    add(ChecklistAnswer.class, Codec::write, Codec::answer);
    add(Finding.class, StateCodec::write, StateCodec::finding);
    add(SuccessEvaluation.class, StateCodec::write, StateCodec::evaluation);
    add(Event.class, EventCodec::write, EventCodec::read);
    add(se.participation.api.Sortition.class, Codec::write, Codec::sortition);
  }

  private Values() {}

  private static <T> void add(Class<T> type, Function<T, ObjectNode> writer, Function<In, T> reader) {
    MAPPINGS.put(type, new Mapping<>(writer, reader));
  }

  @SuppressWarnings("unchecked")
  static <T> Mapping<T> mapping(Class<T> type) {
    for (Map.Entry<Class<?>, Mapping<?>> entry : MAPPINGS.entrySet()) {
      if (entry.getKey().isAssignableFrom(type)) {
        return (Mapping<T>) entry.getValue();
      }
    }
    throw new IllegalArgumentException("type must be one of " + MAPPINGS.keySet().stream().map(Class::getSimpleName).toList()
        + ", was " + type.getName());
  }

  /** The types this class reads and writes. */
  public static Set<Class<?>> types() {
    return Collections.unmodifiableSet(MAPPINGS.keySet());
  }

  private static String text(ObjectNode node, Format format) {
    Objects.requireNonNull(format, "format");
    try {
      return (format == Format.JSON ? ProcessDocuments.JSON : ProcessDocuments.YAML).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the process state.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(ParticipationProcess value, Format format) {
    return text(StateCodec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a plan.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Plan value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a target group.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(TargetGroup value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a participant.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Participant value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a meeting.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Meeting value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a proposal as submitted.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(ProposalDraft value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a proposal with its lineage.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Proposal value, Format format) {
    return text(StateCodec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes an off-topic matter.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(OffTopicMatter value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a feedback delivery.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(FeedbackDelivery value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes an evaluation answer.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(EvaluationAnswer value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a checklist answer.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(ChecklistAnswer value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a finding.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Finding value, Format format) {
    return text(StateCodec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes an evaluation of the success criteria.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(SuccessEvaluation value, Format format) {
    return text(StateCodec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes an event.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(Event value, Format format) {
    return text(EventCodec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Writes a selection by lot as the process holds it.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String write(se.participation.api.Sortition value, Format format) {
    return text(Codec.write(Objects.requireNonNull(value, "value")), format);
  }

  /**
   * Reads a value of a type from JSON or YAML.
   *
   * @param type one of {@link #types()}
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the type is not one of {@link #types()}
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static <T> T read(Input input, Class<T> type) {
    Objects.requireNonNull(input, "input");
    Mapping<T> mapping = mapping(Objects.requireNonNull(type, "type"));
    return read(Parser.parse(input.text(), input.name()), mapping, input.name());
  }

  static <T> T read(Node node, Mapping<T> mapping, String name) {
    return In.of(node, "", name).read(mapping.reader());
  }

  /**
   * Reads a value of a type from JSON or YAML text.
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the type is not one of {@link #types()}
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static <T> T read(String text, Class<T> type, String name) {
    return read(Input.of(text, name), type);
  }

  /**
   * Reads a value of a type from a reader, to its end (the reader is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the type is not one of {@link #types()}
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static <T> T read(Reader reader, Class<T> type, String name) {
    return read(Input.of(reader, name), type);
  }

  /**
   * Reads a value of a type from a UTF-8 stream, to its end (the stream is not closed).
   *
   * @param name how to name the input in errors
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the type is not one of {@link #types()}
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static <T> T read(InputStream in, Class<T> type, String name) {
    return read(Input.of(in, name), type);
  }

  static Map<Class<?>, Mapping<?>> mappings() {
    return Collections.unmodifiableMap(MAPPINGS);
  }
}
