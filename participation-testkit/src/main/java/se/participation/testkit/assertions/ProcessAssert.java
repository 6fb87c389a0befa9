// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import java.util.List;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessStatus;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;

/** Assertions on a process. */
public final class ProcessAssert
    extends org.assertj.core.api.AbstractAssert<ProcessAssert, ParticipationProcess> {

  ProcessAssert(ParticipationProcess actual) {
    super(actual, ProcessAssert.class);
  }

  /** The process is in this part. */
  public ProcessAssert isInPart(Part part) {
    isNotNull();
    if (actual.part() != part) {
      failWithMessage("Expected process %s to be in %s, but it is in %s (status %s)", actual.id(), part, actual.part(), actual.status());
    }
    return this;
  }

  /** The process has this status. */
  public ProcessAssert hasStatus(ProcessStatus status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected process %s to be %s, but it is %s", actual.id(), status, actual.status());
    }
    return this;
  }

  /** The process has this version. */
  public ProcessAssert hasVersion(long version) {
    isNotNull();
    if (actual.version() != version) {
      failWithMessage("Expected process %s at version %s, but it is at %s", actual.id(), version, actual.version());
    }
    return this;
  }

  /** The process counts as dialogue. */
  public ProcessAssert isDialogue() {
    isNotNull();
    if (!actual.isDialogue()) {
      failWithMessage("Expected process %s to be a dialogue, but it is %s", actual.id(), actual.level());
    }
    return this;
  }

  /** Nothing blocks the process's move out of its current part under the engine's rules. */
  public ProcessAssert hasNoBlockingFindings(ProcessEngine engine) {
    isNotNull();
    List<Finding> blockers = engine.blockers(actual);
    if (!blockers.isEmpty()) {
      failWithMessage("Expected nothing to block process %s in %s, but found:%s", actual.id(), actual.part(),
          ParticipationAssertions.describeAll(blockers));
    }
    return this;
  }

  /** The proposal exists and stands at this status. */
  public ProcessAssert hasProposalWithStatus(String proposalId, ProposalStatus status) {
    isNotNull();
    var proposal = actual.proposal(ProposalId.of(proposalId));
    if (proposal.isEmpty()) {
      failWithMessage("Expected proposal %s, but process %s has only %s", proposalId, actual.id(), actual.proposals().keySet());
    } else if (proposal.get().status() != status) {
      failWithMessage("Expected proposal %s to be %s, but it is %s; its lineage is %s", proposalId, status,
          proposal.get().status(), proposal.get().lineage().stream().map(s -> s.status()).toList());
    }
    return this;
  }
}
