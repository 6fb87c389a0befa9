// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import java.util.List;
import java.util.Map;

/** A parsed JSON or YAML value with the line and column where it starts. */
public sealed interface Node {

  /** Where the value starts. */
  Location location();

  /** A line and column, from 1. */
  record Location(int line, int column) {}

  /** An object: fields in order. */
  record ObjectNode(Map<String, Node> fields, Map<String, Location> keys, Location location) implements Node {
    /**
     * Takes the maps over, read-only: the parser, which alone makes objects, hands over maps it
     * made for this object and never touches again (copying them cost two maps per object).
     */
    public ObjectNode {
      fields = java.util.Collections.unmodifiableMap(fields);
      keys = java.util.Collections.unmodifiableMap(keys);
    }
  }

  /** A list. */
  record ArrayNode(List<Node> elements, Location location) implements Node {
    /** Copies the list. */
    public ArrayNode {
      elements = List.copyOf(elements);
    }
  }

  /** Text, a number, true/false, or null, as written. */
  record ScalarNode(ScalarType type, String text, Location location) implements Node {}

  /** The type of a scalar. */
  enum ScalarType {
    /** Text. */
    TEXT,
    /** A whole or decimal number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** null, or an empty YAML value. */
    NULL
  }
}
