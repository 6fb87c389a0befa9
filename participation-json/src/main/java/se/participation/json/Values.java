// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.participation.json.internal.Parser;
import se.participation.json.internal.StateCodec;

/**
 * JSON and YAML for single values of the API: the process state, plans, participants, meetings,
 * proposals, feedback, findings, evaluations, events, and the other values they are made of.
 * Field names are the accessors' names; absent optional values and empty lists are left out.
 *
 * <pre>{@code
 * String json = Values.write(process, Format.JSON);
 * ParticipationProcess again = Values.read(json, ParticipationProcess.class, "snapshot.json");
 * }</pre>
 */
public final class Values {
  private record Mapping<T>(Function<T, ObjectNode> writer, Function<In, T> reader) {}

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
  }

  private Values() {}

  private static <T> void add(Class<T> type, Function<T, ObjectNode> writer, Function<In, T> reader) {
    MAPPINGS.put(type, new Mapping<>(writer, reader));
  }

  @SuppressWarnings("unchecked")
  private static <T> Mapping<T> mapping(Class<T> type) {
    for (Map.Entry<Class<?>, Mapping<?>> entry : MAPPINGS.entrySet()) {
      if (entry.getKey().isAssignableFrom(type)) {
        return (Mapping<T>) entry.getValue();
      }
    }
    throw new IllegalArgumentException("type must be one of " + MAPPINGS.keySet().stream().map(Class::getSimpleName).toList()
        + ", was " + type.getName());
  }

  /** The types this class reads and writes. */
  public static java.util.Set<Class<?>> types() {
    return java.util.Collections.unmodifiableSet(MAPPINGS.keySet());
  }

  /**
   * Writes a value.
   *
   * @throws IllegalArgumentException when the value's type is not one of {@link #types()}
   */
  @SuppressWarnings("unchecked")
  public static <T> String write(T value, Format format) {
    Mapping<T> mapping = (Mapping<T>) mapping(value.getClass());
    try {
      return (format == Format.JSON ? ProcessDocuments.JSON : ProcessDocuments.YAML).writeValueAsString(mapping.writer().apply(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of a type from JSON or YAML.
   *
   * @param name how to name the input in errors
   * @throws InputException naming the line, column and field when it cannot be read
   */
  public static <T> T read(String text, Class<T> type, String name) {
    Mapping<T> mapping = mapping(type);
    return In.of(Parser.parse(text, name), "", name).read(mapping.reader());
  }
}
