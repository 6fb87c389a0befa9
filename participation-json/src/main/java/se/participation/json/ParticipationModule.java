// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;
import se.participation.json.internal.Parser;

/**
 * A Jackson module that reads and writes the SDK's values ({@link Values#types()}) in the same
 * form as {@link Values}, so an embedder's own {@code ObjectMapper} (Spring's, say) can put a
 * process, a finding or an event in a response body or read one from a request.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ParticipationModule());
 * String json = mapper.writeValueAsString(process);
 * ParticipationProcess again = mapper.readValue(json, ParticipationProcess.class);
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()}. A value that cannot be read
 * fails with a {@link JsonMappingException} whose message gives the line, column and field, and
 * whose cause is the {@link InputException}.
 */
public final class ParticipationModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for every type of {@link Values#types()}. */
  public ParticipationModule() {
    super("participation", Version.unknownVersion());
    for (Map.Entry<Class<?>, Values.Mapping<?>> entry : Values.mappings().entrySet()) {
      register(entry.getKey(), entry.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<?> type, Values.Mapping<?> mapping) {
    Class<T> typed = (Class<T>) type;
    Values.Mapping<T> typedMapping = (Values.Mapping<T>) mapping;
    addSerializer(typed, new Writer<>(typed, typedMapping));
    addDeserializer(typed, new Reader<>(typedMapping));
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Values.Mapping<T> mapping;

    Writer(Class<T> type, Values.Mapping<T> mapping) {
      this.type = type;
      this.mapping = mapping;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeTree(mapping.writer().apply(value));
    }
  }

  private static final class Reader<T> extends JsonDeserializer<T> {
    private final Values.Mapping<T> mapping;

    Reader(Values.Mapping<T> mapping) {
      this.mapping = mapping;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Object source = parser.getInputSource();
      String name = source instanceof java.nio.file.Path || source instanceof java.io.File ? source.toString() : "input";
      try {
        return Values.read(Parser.node(parser), mapping, name);
      } catch (InputException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
