// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.participation.json.InputException;

/**
 * Reads one object of a document: typed fields with errors that name the file, line, column and
 * path, and, when done, every field it did not ask for reported as unknown with a suggestion.
 */
public final class In {
  private final Node.ObjectNode node;
  private final String path;
  private final String file;
  private final Set<String> asked = new LinkedHashSet<>();

  private In(Node.ObjectNode node, String path, String file) {
    this.node = node;
    this.path = path;
    this.file = file;
  }

  /** Reads a node that must be an object. */
  public static In of(Node node, String path, String file) {
    if (node instanceof Node.ObjectNode object) {
      return new In(object, path, file);
    }
    throw wrongType(file, path, node, "object");
  }

  /** The file being read. */
  public String file() {
    return file;
  }

  /** The path of this object. */
  public String path() {
    return path;
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private @Nullable Node get(String name) {
    asked.add(name);
    Node value = node.fields().get(name);
    if (value instanceof Node.ScalarNode scalar && scalar.type() == Node.ScalarType.NULL) {
      return null;
    }
    return value;
  }

  /** Whether the object has the field (and it is not null). */
  public boolean has(String name) {
    return get(name) != null;
  }

  private Node required(String name) {
    Node value = get(name);
    if (value == null) {
      for (var entry : node.keys().entrySet()) {
        // Suggest only a key no field of this object has claimed: "internal" is not a misspelt
        // "external" when both are fields.
        if (!asked.contains(entry.getKey()) && Suggestions.closest(entry.getKey(), java.util.List.of(name)).equals(name)) {
          throw new InputException(InputException.Kind.UNKNOWN_FIELD, file, entry.getValue().line(),
              entry.getValue().column(), at(entry.getKey()), Texts.text("input.unknownField.suggest", entry.getKey(), name));
        }
      }
      throw new InputException(InputException.Kind.MISSING_FIELD, file, node.location().line(),
          node.location().column(), at(name), Texts.text("input.missing", name));
    }
    return value;
  }

  static InputException wrongType(String file, String path, Node node, String expected) {
    String actual;
    if (node instanceof Node.ObjectNode) {
      actual = "object";
    } else if (node instanceof Node.ArrayNode) {
      actual = "list";
    } else {
      actual = ((Node.ScalarNode) node).type().name().toLowerCase(java.util.Locale.ROOT);
    }
    return new InputException(InputException.Kind.WRONG_TYPE, file, node.location().line(),
        node.location().column(), path, Texts.text("input.wrongType", expected, actual));
  }

  private String scalarText(String name, Node value) {
    if (value instanceof Node.ScalarNode scalar && scalar.type() != Node.ScalarType.NULL) {
      return scalar.text();
    }
    throw wrongType(file, at(name), value, "text");
  }

  /** A required text field. */
  public String text(String name) {
    return scalarText(name, required(name));
  }

  /** An optional text field. */
  public Optional<String> optText(String name) {
    Node value = get(name);
    return value == null ? Optional.empty() : Optional.of(scalarText(name, value));
  }

  /** A required yes/no field: true/false, yes/no or ja/nej. */
  public boolean bool(String name) {
    return toBool(name, required(name));
  }

  /** An optional yes/no field with a default. */
  public boolean bool(String name, boolean otherwise) {
    Node value = get(name);
    return value == null ? otherwise : toBool(name, value);
  }

  private boolean toBool(String name, Node value) {
    if (value instanceof Node.ScalarNode scalar) {
      switch (scalar.text().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "ja" -> {
          return true;
        }
        case "false", "no", "nej" -> {
          return false;
        }
        default -> {
          // fall through to the error
        }
      }
    }
    throw wrongType(file, at(name), value, "true/false (yes/no, ja/nej)");
  }

  /** An optional whole number. */
  public OptionalInt optInt(String name) {
    Node value = get(name);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value instanceof Node.ScalarNode scalar && scalar.type() != Node.ScalarType.NULL) {
      try {
        return OptionalInt.of(Integer.parseInt(scalar.text()));
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw wrongType(file, at(name), value, "whole number");
  }

  /** An optional decimal number between {@code min} and {@code max}. */
  public java.util.OptionalDouble optDouble(String name, double min, double max) {
    Node value = get(name);
    if (value == null) {
      return java.util.OptionalDouble.empty();
    }
    if (value instanceof Node.ScalarNode scalar && scalar.type() == Node.ScalarType.NUMBER) {
      double number;
      try {
        number = Double.parseDouble(scalar.text());
      } catch (NumberFormatException e) {
        throw wrongType(file, at(name), value, "decimal number");
      }
      if (!(number >= min && number <= max)) {
        throw new InputException(InputException.Kind.INVALID_VALUE, file, value.location().line(), value.location().column(),
            at(name), Texts.text("input.outOfRange", scalar.text(), min, max));
      }
      return java.util.OptionalDouble.of(number);
    }
    throw wrongType(file, at(name), value, "decimal number");
  }

  /** A required whole number between {@code min} and {@code max}. */
  public int intValue(String name, int min, int max) {
    long value = longValue(name);
    if (value < min || value > max) {
      Node node = required(name);
      throw new InputException(InputException.Kind.INVALID_VALUE, file, node.location().line(), node.location().column(),
          at(name), Texts.text("input.outOfRange", value, min, max));
    }
    return (int) value;
  }

  /** A required whole number. */
  public long longValue(String name) {
    Node value = required(name);
    if (value instanceof Node.ScalarNode scalar && scalar.type() == Node.ScalarType.NUMBER) {
      try {
        return Long.parseLong(scalar.text());
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw wrongType(file, at(name), value, "whole number");
  }

  /** A required constant of an enum, by name. */
  public <E extends Enum<E>> E constant(String name, Class<E> type) {
    return toConstant(name, required(name), type, Enum::name);
  }

  /** An optional constant of an enum, by name. */
  public <E extends Enum<E>> Optional<E> optConstant(String name, Class<E> type) {
    Node value = get(name);
    return value == null ? Optional.empty() : Optional.of(toConstant(name, value, type, Enum::name));
  }

  /** A required constant of an enum, by a name the function gives each constant. */
  public <E extends Enum<E>> E constant(String name, Class<E> type, Function<E, String> naming) {
    return toConstant(name, required(name), type, naming);
  }

  <E extends Enum<E>> E toConstant(String name, Node value, Class<E> type, Function<E, String> naming) {
    String text = scalarText(name, value);
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (naming.apply(constant).equals(text)) {
        return constant;
      }
      allowed.add(naming.apply(constant));
    }
    throw new InputException(InputException.Kind.UNKNOWN_CONSTANT, file, value.location().line(),
        value.location().column(), at(name), Texts.text("input.unknownConstant", text, allowed));
  }

  /** A required date, {@code 2021-03-01}. */
  public LocalDate date(String name) {
    return parse(name, required(name), "date (2021-03-01)", LocalDate::parse);
  }

  /** An optional date. */
  public Optional<LocalDate> optDate(String name) {
    Node value = get(name);
    return value == null ? Optional.empty() : Optional.of(parse(name, value, "date (2021-03-01)", LocalDate::parse));
  }

  /** Whether the field is there and holds a scalar (a text or a number), not an object or a list. */
  public boolean isScalar(String name) {
    return get(name) instanceof Node.ScalarNode;
  }

  /**
   * A required date as precisely as the record gives it: {@code 2019}, {@code 2019-05},
   * {@code 2019-05-14}, {@code maj 2019}, {@code hösten 2019}, {@code början av 2020}.
   */
  public se.participation.api.PartialDate partialDate(String name) {
    return partial(name, required(name));
  }

  /** An optional date as precisely as the record gives it. */
  public Optional<se.participation.api.PartialDate> optPartialDate(String name) {
    Node value = get(name);
    return value == null ? Optional.empty() : Optional.of(partial(name, value));
  }

  private se.participation.api.PartialDate partial(String name, Node value) {
    String text = scalarText(name, value);
    try {
      return se.participation.api.PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(InputException.Kind.WRONG_TYPE, file, value.location().line(),
          value.location().column(), at(name), Texts.text("input.badValue", text,
              "date (2019, 2019-05, 2019-05-14, maj 2019, hösten 2019, början av 2020)"));
    }
  }

  /** A required date and time, {@code 2021-03-01T17:00}. */
  public LocalDateTime dateTime(String name) {
    return parse(name, required(name), "date and time (2021-03-01T17:00)", LocalDateTime::parse);
  }

  /** A required time of day, {@code 17:00}. */
  public LocalTime time(String name) {
    return parse(name, required(name), "time (17:00)", LocalTime::parse);
  }

  /**
   * A required instant: {@code 2021-03-01T09:00:00Z}, or a date, taken as midnight UTC.
   */
  public Instant instant(String name) {
    return parse(name, required(name), "instant (2021-03-01T09:00:00Z) or date (2021-03-01)", In::toInstant);
  }

  /** An optional instant. */
  public Optional<Instant> optInstant(String name) {
    Node value = get(name);
    return value == null ? Optional.empty()
        : Optional.of(parse(name, value, "instant (2021-03-01T09:00:00Z) or date (2021-03-01)", In::toInstant));
  }

  private static Instant toInstant(String text) {
    Instant canonical = canonicalInstant(text);
    if (canonical != null) {
      return canonical;
    }
    return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
  }

  /**
   * The instant in the form every writer of the SDK uses, {@code 2021-03-01T09:00:00Z}, read
   * without the formatter's allocations (a fifth of what reading a stored event allocated); null
   * for any other form and for an impossible date or time, which {@code Instant.parse} then
   * reads or refuses with the same result.
   */
  static @Nullable Instant canonicalInstant(String text) {
    if (text.length() != 20) {
      return null;
    }
    for (int i = 0; i < 20; i++) {
      char c = text.charAt(i);
      boolean ok = switch (i) {
        case 4, 7 -> c == '-';
        case 10 -> c == 'T';
        case 13, 16 -> c == ':';
        case 19 -> c == 'Z';
        default -> c >= '0' && c <= '9';
      };
      if (!ok) {
        return null;
      }
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)).toEpochDay();
      return Instant.ofEpochSecond(day * 86_400L + hour * 3_600L + minute * 60L + second);
    } catch (java.time.DateTimeException e) {
      return null; // an impossible date, such as 2021-02-30
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private <T> T parse(String name, Node value, String expected, Function<String, T> parser) {
    String text = scalarText(name, value);
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new InputException(InputException.Kind.WRONG_TYPE, file, value.location().line(),
          value.location().column(), at(name), Texts.text("input.badValue", text, expected));
    }
  }

  /** The elements of an optional list field (empty when absent). */
  public List<Node> list(String name) {
    Node value = get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Node.ArrayNode array) {
      return array.elements();
    }
    throw wrongType(file, at(name), value, "list");
  }

  /** A list of texts. */
  public List<String> texts(String name) {
    List<String> result = new ArrayList<>();
    List<Node> elements = list(name);
    for (int i = 0; i < elements.size(); i++) {
      result.add(scalarText(name + "[" + i + "]", elements.get(i)));
    }
    return result;
  }

  /** A list of objects, each read with {@code reader}. */
  public <T> List<T> objects(String name, Function<In, T> reader) {
    List<T> result = new ArrayList<>();
    List<Node> elements = list(name);
    for (int i = 0; i < elements.size(); i++) {
      In element = In.of(elements.get(i), at(name) + "[" + i + "]", file);
      result.add(element.read(reader));
    }
    return result;
  }

  /** A required object, read with {@code reader}. */
  public <T> T object(String name, Function<In, T> reader) {
    return In.of(required(name), at(name), file).read(reader);
  }

  /** An optional object, read with {@code reader}. */
  public <T> Optional<T> optObject(String name, Function<In, T> reader) {
    Node value = get(name);
    return value == null ? Optional.empty() : Optional.of(In.of(value, at(name), file).read(reader));
  }

  /** A nested object's raw reader, for maps keyed by name. */
  public In nested(String name) {
    return In.of(required(name), at(name), file);
  }

  /** The names of the object's fields, in order; each counts as asked for. */
  public java.util.Set<String> fieldNames() {
    asked.addAll(node.fields().keySet());
    return node.fields().keySet();
  }

  /** Marks a field as known without reading it. */
  public void known(String... names) {
    asked.addAll(Arrays.asList(names));
  }

  /**
   * Reads this object with {@code reader}, then reports any field the reader did not ask for, and
   * turns a rejection by the API's values into an error at this object.
   */
  public <T> T read(Function<In, T> reader) {
    T value;
    try {
      value = reader.apply(this);
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new InputException(InputException.Kind.INVALID_VALUE, file, node.location().line(),
          node.location().column(), path, Texts.text("input.invalid", String.valueOf(e.getMessage())));
    }
    for (var entry : node.keys().entrySet()) {
      if (!asked.contains(entry.getKey())) {
        String suggestion = Suggestions.closest(entry.getKey(), new TreeSet<>(asked));
        throw new InputException(InputException.Kind.UNKNOWN_FIELD, file, entry.getValue().line(),
            entry.getValue().column(), at(entry.getKey()),
            suggestion.isEmpty()
                ? Texts.text("input.unknownField", entry.getKey(), new TreeSet<>(asked))
                : Texts.text("input.unknownField.suggest", entry.getKey(), suggestion));
      }
    }
    return value;
  }
}
