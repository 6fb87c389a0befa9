// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.benchmarks.PilotSequence.Trigger;

/**
 * Retained size of one live process, measured as the object graph reachable from it (JOL): this
 * SDK's process value at growing record sizes, and, after the pilot's sequence, a stateless4j
 * machine (without its shared configuration), a Spring Statemachine machine and the floor record.
 * For this SDK's process it prints the whole graph and the process's own part, without the enum
 * constants and classes every process shares.
 * A Flowable process instance lives in its database, not on the heap, and is not measured here.
 *
 * <p>Usage: {@code java --add-opens java.base/java.util=ALL-UNNAMED -cp benchmarks.jar se.participation.benchmarks.Footprint}
 */
public final class Footprint {
  private Footprint() {}

  /** Prints the sizes. */
  public static void main(String[] args) throws Exception {
    printOwn("participation: the pilot, closed", se.participation.testkit.Pilot.evaluated());
    for (int n : new int[] {10, 100, 1000, 10000}) {
      printOwn("participation: " + n + " participants, " + 10 * n + " proposals", Records.evaluated(n));
    }
    PeerBenchmarks.Engines engines = new PeerBenchmarks.Engines();
    engines.setUp();
    engines.yes[0] = 0;
    StateMachine<Part, Trigger> machine = new StateMachine<>(Part.BESLUT, engines.stateless);
    for (Trigger trigger : PilotSequence.TRIGGERS) {
      if (trigger != Trigger.START) {
        machine.fire(trigger);
      }
    }
    print("stateless4j: one machine, without its shared configuration",
        GraphLayout.parseInstance(machine).subtract(GraphLayout.parseInstance(engines.stateless)).totalSize());
    var spring = engines.spring();
    spring.startReactively().block();
    print("Spring Statemachine: one machine (built per process)", GraphLayout.parseInstance(spring).totalSize());
    print("floor: one state record", GraphLayout.parseInstance(new PeerBenchmarks.FloorState(Part.UTVARDERING, 20, 5, true)).totalSize());
    engines.tearDown();
  }

  /**
   * Prints the whole graph a process reaches and, after it, the process's own part: the graph
   * without the enum constants and classes every process shares (their names, and the reflection
   * data JOL's own walk leaves on the classes, which would otherwise count once per measurement).
   */
  private static void printOwn(String what, ParticipationProcess process) {
    GraphLayout all = GraphLayout.parseInstance(process);
    java.util.List<Object> shared = new java.util.ArrayList<>();
    for (Class<?> type : all.getClasses()) {
      Class<?> enumType = type.isEnum() ? type
          : type.getSuperclass() != null && type.getSuperclass().isEnum() ? type.getSuperclass() : null;
      if (enumType != null) {
        shared.add(enumType);
        shared.addAll(java.util.Arrays.asList(enumType.getEnumConstants()));
      }
    }
    long own = all.subtract(GraphLayout.parseInstance(shared.toArray())).totalSize();
    System.out.printf(Locale.ROOT, "%-62s %,12d bytes, %,12d bytes its own%n", what, all.totalSize(), own);
  }

  private static void print(String what, long bytes) {
    System.out.printf(Locale.ROOT, "%-62s %,12d bytes%n", what, bytes);
  }
}
