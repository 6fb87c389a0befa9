// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

/**
 * Makes a module's text catalog known to {@link TextCatalog#installed()}: each module of the SDK
 * provides one, so tools can list every text and every language of the SDK on the path, and tell
 * an integrator which keys a contributed language lacks. Integrators contribute languages with
 * {@link TextBundle}, not with this.
 */
public interface TextCatalogProvider {

  /** The module's catalog. */
  TextCatalog catalog();
}
