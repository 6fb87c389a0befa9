// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.nio.file.Path;
import se.participation.core.ProcessEngine;

/** Judges a file that holds either a process document (YAML or JSON) or an event history (JSON Lines). */
public final class ProcessFiles {
  private ProcessFiles() {}

  /**
   * Reads the file, tells a history (its first line a JSON event) from a document, and judges it.
   *
   * @throws InputException naming the file, line, column and field when it cannot be read
   */
  public static Judgement judge(Path file, ProcessEngine engine) {
    String name = file.toString();
    String text = ProcessDocuments.text(file);
    if (EventHistories.looksLikeHistory(text)) {
      return EventHistories.judge(EventHistories.read(text, name), name, engine);
    }
    return ProcessDocuments.judge(text, name, engine);
  }
}
