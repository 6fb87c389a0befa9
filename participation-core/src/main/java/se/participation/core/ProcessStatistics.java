// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import se.participation.api.EngagementLevel;
import se.participation.api.ParticipationProcess;

/**
 * Counts over many processes, as a municipality reports them. Information and consultation are
 * not dialogue (handbook: "Information är inte dialog", "Konsultation är inte dialog"), so they
 * are never counted as dialogues.
 *
 * @param dialogues processes run as dialogue at a dialogue level
 * @param nonDialogue processes at information or consultation, or continued as such
 * @param byLevel the number of processes at each level
 */
public record ProcessStatistics(long dialogues, long nonDialogue, Map<EngagementLevel, Long> byLevel) {

  /** Copies the map. */
  public ProcessStatistics {
    byLevel = Map.copyOf(byLevel);
  }

  /** The statistics of the given processes. */
  public static ProcessStatistics of(Collection<ParticipationProcess> processes) {
    long dialogues = 0;
    Map<EngagementLevel, Long> byLevel = new EnumMap<>(EngagementLevel.class);
    for (EngagementLevel level : EngagementLevel.values()) {
      byLevel.put(level, 0L);
    }
    for (ParticipationProcess process : processes) {
      if (process.isDialogue()) {
        dialogues++;
      }
      byLevel.merge(process.level(), 1L, Long::sum);
    }
    return new ProcessStatistics(dialogues, processes.size() - dialogues, byLevel);
  }
}
