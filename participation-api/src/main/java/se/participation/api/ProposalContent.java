// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * The content of a proposal as it is submitted, or as the administration writes it when it adapts
 * proposals: everything of a {@link ProposalDraft} but its lineage.
 */
public abstract class ProposalContent {

  ProposalContent() {}

  /** The proposal's identifier. */
  public abstract ProposalId id();

  /** The proposal's text. */
  public abstract String text();

  /** Goal, activity or other. */
  @Value.Default
  public ProposalKind kind() {
    return ProposalKind.OTHER;
  }

  /** Who wrote it. */
  public abstract Authorship authorship();

  /** The meeting it came from. */
  public abstract Optional<MeetingId> originMeeting();

  /** The small group it came from. */
  public abstract Optional<GroupId> originGroup();

  /** A proposal of how to measure it. */
  public abstract Optional<String> measurement();

  /** The planned questions it answers. */
  public abstract Set<QuestionId> questions();

  /** Checks the content's own consistency. */
  void checkContent() {
    Checks.notBlank("text", text());
    measurement().ifPresent(m -> Checks.notBlank("measurement", m));
  }

}
