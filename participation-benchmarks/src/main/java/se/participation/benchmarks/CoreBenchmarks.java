// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.SuccessEvaluation;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;

/** The core's costs: one command, one move, all rules, the evaluation, replay. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The heap in transparent huge pages, touched when it is committed rather than on first use: on
// this VM a fresh 4 kB page costs a fault of several microseconds, which made a large record's
// command 20 times slower than its work (docs/benchmarks.md, "Page faults, not the record").
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
public class CoreBenchmarks {

  /** A process in Genomförande of a given size; 0 is the pilot itself. */
  @State(Scope.Benchmark)
  public static class Step {
    @Param({"0", "10", "100", "1000", "10000", "100000"})
    public int participants;

    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    ParticipationProcess process = Records.carryingOut(0);
    Command submit = new Command.AdvancePart(CommandContext.of(process.id(), 0, Actor.of("a", ActorRole.PROCESS_OWNER), Instant.EPOCH));
    Command advance = submit;

    @Setup
    public void setUp() {
      process = Records.carryingOut(participants);
      // Authority is bound to the process: the benchmark acts as the process's owner, after its last event.
      CommandContext context = CommandContext.of(process.id(), process.version(),
          Actor.of(process.owner().value(), ActorRole.PROCESS_OWNER, ActorRole.FACILITATOR), process.updatedAt().plusSeconds(60));
      submit = new Command.SubmitProposal(context, ProposalDraft.builder().id(ProposalId.of("bench"))
          .text("Nytt förslag").authorship(Authorship.anonymous("låda")).build());
      advance = new Command.AdvancePart(context);
      if (!engine.decide(process, submit).isAccepted() || !engine.decide(process, advance).isAccepted()) {
        throw new IllegalStateException("the benchmark's commands must be accepted");
      }
      // Building a large record leaves garbage; collect it here, not in the measured iterations.
      System.gc();
    }
  }

  /** decide + evolve of an ordinary command (a proposal submitted). */
  @Benchmark
  public ParticipationProcess ordinaryCommand(Step s) {
    Outcome outcome = s.engine.decide(s.process, s.submit);
    return s.engine.apply(s.process, ((Outcome.Accepted) outcome).events());
  }

  /** decide + evolve of a move from Genomförande to Återkoppling, which evaluates that part's rules. */
  @Benchmark
  public ParticipationProcess move(Step s) {
    Outcome outcome = s.engine.decide(s.process, s.advance);
    return s.engine.apply(s.process, ((Outcome.Accepted) outcome).events());
  }

  /** A record of n participants and 10 n proposals, evaluated and fed back. */
  @State(Scope.Benchmark)
  public static class Record {
    @Param({"10", "100", "1000", "10000"})
    public int participants;

    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    ParticipationProcess process = Records.evaluated(0);

    @Setup
    public void setUp() {
      process = Records.evaluated(participants);
    }
  }

  /** Every rule of every part, on the whole record. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Finding> allRules(Record r) {
    return r.engine.findings(r.process);
  }

  /** The four success criteria and the representation analysis. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SuccessEvaluation evaluation(Record r) {
    return SuccessEvaluator.evaluate(r.process);
  }

  /** A history of a given number of events. */
  @State(Scope.Benchmark)
  public static class History {
    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    List<Event> history = List.of();

    @Setup
    public void setUp() {
      history = Records.history(events);
      System.gc();
    }
  }

  /** Replaying a whole history. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ParticipationProcess replay(History h) {
    return h.engine.replay(h.history);
  }
}
