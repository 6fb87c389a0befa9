// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How a contributor is known to the process. */
public enum IdentityMode implements Labelled {
  /** Known by name; contact details may be kept with consent. */
  NAMED,
  /** Known by a pseudonym only. */
  PSEUDONYMOUS,
  /** Not known at all; reached only through a feedback channel. */
  ANONYMOUS,
  /**
   * Written together by a group (a café table, a citizens' panel): a proposal's authorship only;
   * a participant is always a person or an association's representative.
   */
  COLLECTIVE;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
