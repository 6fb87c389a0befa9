// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * A reference to what documents a meeting, in text or image (handbook, Genomförande: "gärna i både
 * text och bild").
 *
 * @param kind text or image
 * @param reference where the document is, e.g. a file name or URL
 * @param description what it shows
 */
public record Documentation(DocumentationKind kind, String reference, String description) {

  /**
   * Rejects a blank reference or description.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Documentation {
    Objects.requireNonNull(kind, "kind");
    Checks.notBlank("reference", Objects.requireNonNull(reference, "reference"));
    Checks.notBlank("description", Objects.requireNonNull(description, "description"));
  }
}
