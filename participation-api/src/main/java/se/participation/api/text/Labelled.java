// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

/** A handbook term or other constant with a name a person can read in both languages. */
public interface Labelled {

  /** The name of this constant in Swedish and English. */
  LocalizedText label();
}
