// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

/** A text format the SDK reads and writes. */
public enum Format {
  /** JSON. */
  JSON,
  /** YAML. */
  YAML
}
