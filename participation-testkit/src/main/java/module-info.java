// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The participation SDK's testkit: the social-services committee's goal-setting pilot as fixtures,
 * an engine-neutral property-testing core with shrinking, domain generators, and fluent
 * assertions for outcomes, processes, findings and evaluations.
 */
module se.participation.testkit {
  requires transitive se.participation.core;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports se.participation.testkit;
  exports se.participation.testkit.assertions;
  exports se.participation.testkit.generators;
  exports se.participation.testkit.property;
}
