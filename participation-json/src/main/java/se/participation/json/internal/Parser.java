// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.participation.json.InputException;

/** Parses JSON or YAML text into located {@link Node}s; duplicate keys are rejected. */
public final class Parser {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Parser() {}

  /** Whether the text looks like JSON (its first non-blank character is '{' or '['). */
  public static boolean looksLikeJson(String text) {
    String stripped = text.stripLeading();
    return stripped.startsWith("{") || stripped.startsWith("[");
  }

  /**
   * Parses one document.
   *
   * @throws InputException of kind SYNTAX with the line and column of the problem
   */
  public static Node parse(String text, String file) {
    boolean json = looksLikeJson(text);
    JsonFactory factory = json ? JSON : YAML;
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InputException(InputException.Kind.SYNTAX, file, 1, 1, "",
            Texts.text("input.empty"));
      }
      Node node = read(parser);
      JsonToken after = parser.nextToken();
      if (after != null && json) {
        JsonLocation at = parser.currentTokenLocation();
        throw new InputException(InputException.Kind.SYNTAX, file, at.getLineNr(), at.getColumnNr(), "",
            Texts.text("input.trailing"));
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String detail = e.getOriginalMessage();
      return fail(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          json ? "JSON" : "YAML", detail == null ? e.getClass().getSimpleName() : detail);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file, 0, 0, "",
          Texts.text("input.unreadable", String.valueOf(e.getMessage())));
    }
  }

  private static Node fail(String file, int line, int column, String format, String detail) {
    StringBuilder brief = new StringBuilder();
    for (String part : detail.lines().toList()) {
      if (part.isBlank() || part.startsWith(" ") || part.contains("in 'reader'") || part.contains("Source: ")) {
        continue;
      }
      if (brief.length() > 0) {
        brief.append("; ");
      }
      brief.append(part.strip());
    }
    throw new InputException(InputException.Kind.SYNTAX, file, line, column, "",
        Texts.text("input.syntax", format, brief.length() == 0 ? detail.strip() : brief.toString()));
  }

  /**
   * Reads the value at the parser's current token (for a Jackson deserializer): the parser is
   * left on the value's last token.
   *
   * @throws IOException when the parser fails
   */
  public static Node node(JsonParser parser) throws IOException {
    return read(parser);
  }

  private static Node.Location location(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new Node.Location(at.getLineNr(), at.getColumnNr());
  }

  private static Node read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    Node.Location location = location(parser);
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Node.Location> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          keys.put(name, location(parser));
          parser.nextToken();
          fields.put(name, read(parser));
        }
        return new Node.ObjectNode(fields, keys, location);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser));
        }
        return new Node.ArrayNode(elements, location);
      }
      case VALUE_STRING -> {
        return new Node.ScalarNode(Node.ScalarType.TEXT, parser.getText(), location);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node.ScalarNode(Node.ScalarType.NUMBER, parser.getText(), location);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.ScalarNode(Node.ScalarType.BOOLEAN, parser.getText(), location);
      }
      case VALUE_NULL -> {
        return new Node.ScalarNode(Node.ScalarType.NULL, "null", location);
      }
      default -> throw new IOException("unexpected token " + token);
    }
  }
}
