// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

/** How a lottery was made. */
public enum Method {
  /**
   * Maximally fair: the smallest selection probability as high as it can be, then the next
   * smallest, and so on (Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair algorithms for
   * selecting citizens' assemblies", Nature 596, 2021). Exact, with a certificate per level.
   */
  LEXIMIN,
  /**
   * The greedy method used in practice before LEXIMIN: seat by seat, take a random volunteer of
   * the feature whose quota is furthest from being met relative to the volunteers left. Its
   * probabilities are estimated by drawing many panels.
   */
  LEGACY
}
