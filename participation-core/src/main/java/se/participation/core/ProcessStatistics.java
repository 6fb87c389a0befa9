// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.EngagementLevel;
import se.participation.api.ParticipationProcess;

/**
 * Counts over many processes, as a municipality reports them. Every process is in exactly one of
 * four counts. Information and consultation are not dialogue (handbook: "Information är inte
 * dialog", "Konsultation är inte dialog"); a process still in Beslut, including one whose
 * checklist said no ("Vid nej ... ska ni inte genomföra invånardialog"), has not become a dialogue;
 * a withdrawn process is counted as withdrawn, whatever it was meant to be.
 *
 * @param dialogues processes decided as a dialogue at a dialogue level and not withdrawn
 * @param nonDialogue processes at information or consultation, or continued as such
 * @param undecided processes still in Beslut: not (yet) decided, or stopped by a "no"
 * @param withdrawn processes that were withdrawn
 * @param byLevel the number of processes of the first two counts at each level they run at
 */
public record ProcessStatistics(
    long dialogues, long nonDialogue, long undecided, long withdrawn, Map<EngagementLevel, Long> byLevel) {

  /**
   * Copies the map.
   *
   * @throws NullPointerException when {@code byLevel} is null
   */
  public ProcessStatistics {
    byLevel = Map.copyOf(byLevel);
  }

  /**
   * The statistics of the given processes.
   *
   * @throws NullPointerException when {@code processes} is or holds null
   */
  public static ProcessStatistics of(Collection<ParticipationProcess> processes) {
    long dialogues = 0;
    long nonDialogue = 0;
    long undecided = 0;
    long withdrawn = 0;
    Map<EngagementLevel, Long> byLevel = new EnumMap<>(EngagementLevel.class);
    for (EngagementLevel level : EngagementLevel.values()) {
      byLevel.put(level, 0L);
    }
    for (ParticipationProcess process : processes) {
      if (process.status() == ProcessStatus.WITHDRAWN) {
        withdrawn++;
        continue;
      }
      if (!process.isDialogue()) {
        nonDialogue++;
      } else if (process.part() == Part.BESLUT) {
        undecided++;
        continue;
      } else {
        dialogues++;
      }
      byLevel.merge(process.level(), 1L, Long::sum);
    }
    return new ProcessStatistics(dialogues, nonDialogue, undecided, withdrawn, byLevel);
  }
}
