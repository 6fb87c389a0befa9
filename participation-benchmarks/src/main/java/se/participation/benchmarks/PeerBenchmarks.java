// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.config.StateMachineBuilder;
import reactor.core.publisher.Mono;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.benchmarks.PilotSequence.Trigger;
import se.participation.core.ProcessEngine;

/**
 * The pilot's twenty steps as one sequence per invocation, in this SDK, in a bare floor, in
 * stateless4j and in Spring Statemachine; divide by 20 for the time per step. Each invocation
 * creates a new process (a new machine for the peers), as a new participation process does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The heap in transparent huge pages, touched when it is committed rather than on first use: on
// this VM a fresh 4 kB page costs a fault of several microseconds, which made a large record's
// command 20 times slower than its work (docs/benchmarks.md, "Page faults, not the record").
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
public class PeerBenchmarks {

  /** The floor's state: the part, the version and the yes answers, in an immutable record. */
  record FloorState(Part part, long version, int yes, boolean closed) {}

  /** The floor: a bare switch over the steps that builds a new record per step, no rules. */
  static FloorState floorStep(FloorState s, Trigger trigger) {
    return switch (trigger) {
      case START -> new FloorState(Part.BESLUT, 1, 0, false);
      case ANSWER -> new FloorState(s.part(), s.version() + 1, s.yes() + 1, false);
      case PROCEED, APPROVE, ADVANCE -> new FloorState(Records.next(s.part()), s.version() + 1, s.yes(), false);
      case CLOSE -> new FloorState(s.part(), s.version() + 1, s.yes(), true);
      case RECORD, REGISTER, SCHEDULE, HOLD, FEEDBACK, LESSON -> new FloorState(s.part(), s.version() + 1, s.yes(), false);
    };
  }

  /** Shared set-up of every engine. */
  @State(Scope.Benchmark)
  public static class Engines {
    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    List<Command> commands = List.of();
    StateMachineConfig<Part, Trigger> stateless = new StateMachineConfig<>();
    /** The yes answers of the machine being run; the guard of PROCEED reads them. */
    int[] yes = {0};
    org.flowable.engine.@org.jspecify.annotations.Nullable ProcessEngine flowable;

    @org.openjdk.jmh.annotations.TearDown
    public void tearDown() {
      if (flowable != null) {
        flowable.close();
      }
    }

    @Setup
    public void setUp() {
      flowable = org.flowable.engine.ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
          .setJdbcUrl("jdbc:h2:mem:flowable;DB_CLOSE_DELAY=-1")
          .setDatabaseSchemaUpdate(org.flowable.engine.ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
          .setAsyncExecutorActivate(false)
          .setHistoryLevel(org.flowable.common.engine.impl.history.HistoryLevel.NONE)
          .buildProcessEngine();
      flowable.getRepositoryService().createDeployment().addClasspathResource("participation.bpmn20.xml").deploy();
      commands = PilotSequence.commands();
      stateless = new StateMachineConfig<>();
      stateless.configure(Part.BESLUT).permitInternal(Trigger.ANSWER, () -> yes[0]++)
          .permitIf(Trigger.PROCEED, Part.PLANERING, () -> yes[0] == 5);
      stateless.configure(Part.PLANERING).permitInternal(Trigger.RECORD, () -> { })
          .permitInternal(Trigger.REGISTER, () -> { }).permitInternal(Trigger.SCHEDULE, () -> { })
          .permit(Trigger.APPROVE, Part.GENOMFORANDE);
      stateless.configure(Part.GENOMFORANDE).permitInternal(Trigger.HOLD, () -> { }).permit(Trigger.ADVANCE, Part.ATERKOPPLING);
      stateless.configure(Part.ATERKOPPLING).permitInternal(Trigger.FEEDBACK, () -> { }).permit(Trigger.ADVANCE, Part.UTVARDERING);
      stateless.configure(Part.UTVARDERING).permitInternal(Trigger.LESSON, () -> { }).permitInternal(Trigger.CLOSE, () -> { });
    }

    org.springframework.statemachine.StateMachine<Part, Trigger> spring() throws Exception {
      StateMachineBuilder.Builder<Part, Trigger> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates().initial(Part.BESLUT).states(EnumSet.allOf(Part.class));
      builder.configureTransitions()
          .withInternal().source(Part.BESLUT).event(Trigger.ANSWER)
          .action(c -> c.getExtendedState().getVariables().merge("yes", 1, (a, b) -> (Integer) a + (Integer) b)).and()
          .withExternal().source(Part.BESLUT).target(Part.PLANERING).event(Trigger.PROCEED)
          .guard(c -> Integer.valueOf(5).equals(c.getExtendedState().get("yes", Integer.class))).and()
          .withInternal().source(Part.PLANERING).event(Trigger.RECORD).and()
          .withInternal().source(Part.PLANERING).event(Trigger.REGISTER).and()
          .withInternal().source(Part.PLANERING).event(Trigger.SCHEDULE).and()
          .withExternal().source(Part.PLANERING).target(Part.GENOMFORANDE).event(Trigger.APPROVE).and()
          .withInternal().source(Part.GENOMFORANDE).event(Trigger.HOLD).and()
          .withExternal().source(Part.GENOMFORANDE).target(Part.ATERKOPPLING).event(Trigger.ADVANCE).and()
          .withInternal().source(Part.ATERKOPPLING).event(Trigger.FEEDBACK).and()
          .withExternal().source(Part.ATERKOPPLING).target(Part.UTVARDERING).event(Trigger.ADVANCE).and()
          .withInternal().source(Part.UTVARDERING).event(Trigger.LESSON).and()
          .withInternal().source(Part.UTVARDERING).event(Trigger.CLOSE);
      return builder.build();
    }
  }

  /** This SDK: decide and evolve every command, with every rule of each move evaluated. */
  @Benchmark
  public ParticipationProcess participation(Engines e) {
    ParticipationProcess process = null;
    for (Command command : e.commands) {
      Outcome outcome = e.engine.decide(process, command);
      process = e.engine.apply(process, ((Outcome.Accepted) outcome).events());
    }
    if (process == null) {
      throw new IllegalStateException();
    }
    return process;
  }

  /**
   * Flowable 7 (BPMN, embedded, in-memory H2, no history): a user task per part, the answers as
   * process variables, the checklist as an exclusive gateway; each step is a service call.
   */
  @Benchmark
  public boolean flowable(Engines e) {
    var engine = java.util.Objects.requireNonNull(e.flowable, "flowable");
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    String id = "";
    int answer = 0;
    for (Trigger trigger : PilotSequence.TRIGGERS) {
      switch (trigger) {
        case START -> id = runtime.startProcessInstanceByKey("participation").getId();
        case ANSWER -> runtime.setVariable(id, "a" + (++answer), true);
        case PROCEED, APPROVE, ADVANCE, CLOSE ->
            tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
        case RECORD, REGISTER, SCHEDULE, HOLD, FEEDBACK, LESSON -> runtime.setVariable(id, trigger.name(), 1);
      }
    }
    return runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0;
  }

  /** The floor: a switch and a new record per step. */
  @Benchmark
  // The floor reaches its steady state only after about six one-second iterations on this machine.
  @Warmup(iterations = 10, time = 1)
  public FloorState floor() {
    FloorState state = new FloorState(Part.BESLUT, 0, 0, false);
    for (Trigger trigger : PilotSequence.TRIGGERS) {
      state = floorStep(state, trigger);
    }
    return state;
  }

  /** stateless4j: a new machine on a shared configuration, the five answers as its guard. */
  @Benchmark
  public Part stateless4j(Engines e) {
    e.yes[0] = 0;
    StateMachine<Part, Trigger> machine = new StateMachine<>(Part.BESLUT, e.stateless);
    for (Trigger trigger : PilotSequence.TRIGGERS) {
      if (trigger != Trigger.START) {
        machine.fire(trigger);
      }
    }
    return machine.getState();
  }

  /** Spring Statemachine: a machine built with its builder (no Spring context), started, fed events. */
  @Benchmark
  public Part springStatemachine(Engines e) throws Exception {
    org.springframework.statemachine.StateMachine<Part, Trigger> machine = e.spring();
    machine.getExtendedState().getVariables().put("yes", 0);
    machine.startReactively().block();
    for (Trigger trigger : PilotSequence.TRIGGERS) {
      if (trigger != Trigger.START) {
        machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
      }
    }
    Part state = machine.getState().getId();
    machine.stopReactively().block();
    return state;
  }
}
