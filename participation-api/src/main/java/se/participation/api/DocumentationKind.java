// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** The form of a piece of documentation; the handbook asks for text and image. */
public enum DocumentationKind implements Labelled {
  /** Written notes or minutes. */
  TEXT,
  /** A photo, drawing or other image. */
  IMAGE;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
