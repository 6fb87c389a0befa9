// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import java.io.File;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Count;
import se.participation.api.ProcessId;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.store.ProcessService;
import se.participation.store.jdbc.internal.DriverDataSource;
import se.participation.testkit.Pilot;

/**
 * A second JVM on the same database, started by the tests: it races other writers, or appends and
 * stops dead at a chosen point of the append so that the test can kill it there.
 *
 * <ul>
 *   <li>{@code race URL PROCESS SECONDS THREADS}: records tallies as fast as it can, then prints
 *       {@code accepted=v1,v2,… conflicts=N surprises=N}.
 *   <li>{@code crash URL FROM POINT}: appends the pilot's events from version FROM + 1 on in one
 *       append, and at POINT ({@code personal}: after the log rows, before the personal rows;
 *       {@code commit}: everything written, before the commit) prints {@code PAUSED} and waits to
 *       be killed.
 * </ul>
 */
public final class StoreWorker {
  private StoreWorker() {}

  /** The command line that starts this worker in a new JVM, on the class path of this one. */
  static List<String> command(String... arguments) {
    Set<String> path = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          path.add(entry);
        }
      }
    }
    for (Class<?> type : List.of(StoreWorker.class, JdbcEventStore.class)) {
      try {
        path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    String java = ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, path),
        StoreWorker.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  /**
   * Runs the worker.
   *
   * @param arguments the mode and its arguments, as above
   */
  public static void main(String[] arguments) throws Exception {
    switch (arguments[0]) {
      case "race" -> race(arguments[1], ProcessId.of(arguments[2]), Integer.parseInt(arguments[3]),
          Integer.parseInt(arguments[4]));
      case "crash" -> crash(arguments[1], Integer.parseInt(arguments[2]), arguments[3]);
      default -> throw new IllegalArgumentException("unknown mode " + arguments[0]);
    }
  }

  private static void race(String url, ProcessId process, int seconds, int threads) throws Exception {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(threads);
    try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
      JdbcEventStore store = JdbcEventStore.of(pool);
      ProcessService service = new ProcessService(ProcessEngine.withHandbookRulesOnly(), store);
      Actor owner = Actor.of("anna", ActorRole.PROCESS_OWNER);
      Set<Long> accepted = ConcurrentHashMap.newKeySet();
      AtomicInteger conflicts = new AtomicInteger();
      AtomicInteger surprises = new AtomicInteger();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        Thread writer = new Thread(() -> {
          int i = 0;
          while (System.nanoTime() < deadline) {
            long version = store.version(process);
            Outcome outcome = service.handle(new Command.RecordTally(
                CommandContext.of(process, version, owner, Instant.parse("2026-03-01T09:00:00Z")),
                Tally.of(TallyKind.CONTRIBUTIONS, "synpunkter", Count.exactly(i++))));
            if (outcome instanceof Outcome.Accepted) {
              if (!accepted.add(version + 1)) {
                surprises.incrementAndGet();
              }
            } else if (outcome instanceof Outcome.Rejected r && r.isConflict() && r.reasons().size() == 1) {
              conflicts.incrementAndGet();
            } else {
              surprises.incrementAndGet();
            }
          }
        });
        writer.start();
        writers.add(writer);
      }
      for (Thread writer : writers) {
        writer.join();
      }
      StringJoiner versions = new StringJoiner(",");
      accepted.stream().sorted().forEach(v -> versions.add(Long.toString(v)));
      System.out.println("accepted=" + versions + " conflicts=" + conflicts.get() + " surprises=" + surprises.get());
    }
  }

  private static void crash(String url, int from, String point) {
    DataSource real = new DriverDataSource(url);
    DataSource pausing = new DataSource() {
      @Override
      public Connection getConnection() throws java.sql.SQLException {
        Connection connection = real.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
          boolean pause = switch (point) {
            case "personal" -> method.getName().equals("prepareStatement")
                && String.valueOf(args[0]).contains("participation_personal_event");
            case "commit" -> method.getName().equals("commit");
            default -> throw new IllegalArgumentException("unknown point " + point);
          };
          if (pause) {
            System.out.println("PAUSED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
        return (Connection) Proxy.newProxyInstance(StoreWorker.class.getClassLoader(),
            new Class<?>[] {Connection.class}, handler);
      }

      @Override
      public Connection getConnection(String user, String password) {
        throw new UnsupportedOperationException();
      }

      @Override
      public java.io.PrintWriter getLogWriter() {
        throw new UnsupportedOperationException();
      }

      @Override
      public void setLogWriter(java.io.PrintWriter out) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void setLoginTimeout(int seconds) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public java.util.logging.Logger getParentLogger() {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
    List<Event> history = Pilot.history();
    JdbcEventStore.of(pausing).append(Pilot.ID, from, history.subList(from, history.size()));
    System.out.println("APPENDED");
  }
}
