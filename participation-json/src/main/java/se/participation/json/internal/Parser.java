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

/**
 * Parses JSON or YAML text into located {@link Node}s. Duplicate keys, YAML aliases, YAML
 * binary values and a second YAML document are refused, and the input is bounded: a text value
 * of at most {@link #MAX_STRING} characters, nesting at most {@link #MAX_NESTING} deep, at most
 * {@link #MAX_ELEMENTS} values in all (each limit can be set with the system property named in
 * its description, read once when the reader is first used).
 */
public final class Parser {
  /** The longest text value, in characters: 1 Mi ({@code participation.input.maxStringLength}). */
  public static final int MAX_STRING = Integer.getInteger("participation.input.maxStringLength", 1024 * 1024);

  /** The deepest nesting of objects and lists: 64 ({@code participation.input.maxNesting}). */
  public static final int MAX_NESTING = Integer.getInteger("participation.input.maxNesting", 64);

  /** The most values one input holds: 10 Mi ({@code participation.input.maxElements}). */
  public static final int MAX_ELEMENTS = Integer.getInteger("participation.input.maxElements", 10 * 1024 * 1024);

  private static final com.fasterxml.jackson.core.StreamReadConstraints CONSTRAINTS =
      com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxStringLength(MAX_STRING).maxNestingDepth(MAX_NESTING).maxNumberLength(100).build();
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).streamReadConstraints(CONSTRAINTS).build();
  private static final YAMLFactory YAML = yaml();

  private static YAMLFactory yaml() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    // The whole input is already bounded (Input.MAX_CHARS); SnakeYAML's own 3 Mi limit would
    // refuse a document of 100,000 participants.
    options.setCodePointLimit(se.participation.json.Input.MAX_CHARS);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_NESTING);
    return YAMLFactory.builder().loaderOptions(options).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(CONSTRAINTS).build();
  }

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
      Node node = read(parser, file, new int[1], 0);
      JsonToken after = parser.nextToken();
      if (after != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new InputException(InputException.Kind.SYNTAX, file, at.getLineNr(), at.getColumnNr(), "",
            Texts.text(json ? "input.trailing" : "input.secondDocument"));
      }
      return node;
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(InputException.Kind.SYNTAX, file, at == null ? 1 : at.getLineNr(),
          at == null ? 1 : at.getColumnNr(), "", Texts.text("input.limit", MAX_STRING, MAX_NESTING));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String detail = e.getOriginalMessage();
      return fail(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          json ? "JSON" : "YAML", detail == null ? "?" : detail);
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
        Texts.text("input.syntax", format, readable(brief.length() == 0 ? detail.strip() : brief.toString())));
  }

  /** A parser class named in a message, e.g. {@code <org.yaml.snakeyaml.events.MappingStartEvent(anchor=null)>}. */
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
      "<?\\b(?:org|com|java|javax|tools)\\.(?:[\\w$]+\\.)+([A-Z][\\w$]*?)(?:Event|Token|Exception|Error)?\\b(?:\\([^)]*\\))?>?");

  /** A Jackson hint on a feature to enable, which means nothing to the writer of a document. */
  private static final java.util.regex.Pattern FEATURE_HINT =
      java.util.regex.Pattern.compile("\\s*\\([^()]*(?:Feature|enable|disable)[^()]*\\)|\\s*[;:]?[^;:]*Feature\\.[A-Z_]+[^;]*");

  /**
   * The parser's description of a syntax error without the parser's internals: class names
   * become words ({@code mapping start}), hints about parser features go.
   */
  static String readable(String detail) {
    String text = FEATURE_HINT.matcher(detail).replaceAll("");
    java.util.regex.Matcher names = CLASS_NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (names.find()) {
      String words = names.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
      names.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
    }
    names.appendTail(out);
    String result = out.toString().strip();
    return result.isEmpty() ? "?" : result;
  }

  /**
   * Reads the value at the parser's current token (for a Jackson deserializer): the parser is
   * left on the value's last token.
   *
   * @throws IOException when the parser fails
   */
  public static Node node(JsonParser parser) throws IOException {
    return read(parser, "input", new int[1], 0);
  }

  private static Node.Location location(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new Node.Location(at.getLineNr(), at.getColumnNr());
  }

  private static Node read(JsonParser parser, String file, int[] count, int depth) throws IOException {
    JsonToken token = parser.currentToken();
    Node.Location location = location(parser);
    if (++count[0] > MAX_ELEMENTS) {
      throw new InputException(InputException.Kind.SYNTAX, file, location.line(), location.column(), "",
          Texts.text("input.tooManyElements", MAX_ELEMENTS));
    }
    if (depth > MAX_NESTING) {
      throw new InputException(InputException.Kind.SYNTAX, file, location.line(), location.column(), "",
          Texts.text("input.limit", MAX_STRING, MAX_NESTING));
    }
    if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new InputException(InputException.Kind.SYNTAX, file, location.line(), location.column(), "",
          Texts.text("input.alias", parser.getText()));
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Node.Location> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          keys.put(name, location(parser));
          parser.nextToken();
          fields.put(name, read(parser, file, count, depth + 1));
        }
        return new Node.ObjectNode(fields, keys, location);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser, file, count, depth + 1));
        }
        return new Node.ArrayNode(elements, location);
      }
      case VALUE_STRING -> {
        // SnakeYAML does not apply Jackson's string limit: checked here for both formats.
        if (parser.getTextLength() > MAX_STRING) {
          throw new InputException(InputException.Kind.SYNTAX, file, location.line(), location.column(), "",
              Texts.text("input.limit", MAX_STRING, MAX_NESTING));
        }
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
      case VALUE_EMBEDDED_OBJECT -> throw new InputException(InputException.Kind.SYNTAX, file, location.line(),
          location.column(), "", Texts.text("input.binary"));
      default -> throw new InputException(InputException.Kind.SYNTAX, file, location.line(), location.column(), "",
          Texts.text("input.syntax", "YAML", String.valueOf(token)));
    }
  }
}
