// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import se.participation.store.jdbc.internal.DriverDataSource;

/**
 * A real PostgreSQL server of the tests' own: a private cluster in a temporary directory, on a
 * free port of 127.0.0.1, started once per JVM and stopped when it ends. The binaries are
 * Debian's {@code postgresql} package (installed by {@code .ci/run}), or the folder named by
 * {@code PARTICIPATION_PG_BIN}. When none is found the tests fail: they never skip.
 *
 * <p>PostgreSQL refuses to run as root; when the build runs as root, the server runs as the
 * {@code postgres} user the package creates ({@code runuser}).
 */
final class PostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer shared;

  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;
  private final List<com.zaxxer.hikari.HikariDataSource> pools = new ArrayList<>();

  private PostgresServer(Path bin, Path data, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The server of this JVM, started on first use. */
  static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start();
      PostgresServer server = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
    }
    return shared;
  }

  /** The folder of PostgreSQL's programs, or a failure that says how to get them. */
  static Path binaries() {
    String named = System.getenv("PARTICIPATION_PG_BIN");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparingInt(b -> major(b.getParent().getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new AssertionError("No PostgreSQL server found: the JDBC store's tests need one. Install Debian's "
        + "'postgresql' package (.ci/run does) or set PARTICIPATION_PG_BIN to the folder of initdb and pg_ctl.");
  }

  private static int major(String version) {
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static PostgresServer start() {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path data = Files.createTempDirectory("participation-pg-");
      if (root) {
        UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(data, users.lookupPrincipalByName("postgres"));
      }
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      PostgresServer server = new PostgresServer(bin, data, port, root);
      server.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "participation",
          "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
      // Durability settings off: the tests kill clients, not the machine.
      server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
          "-l", data.resolve("server.log").toString(), "-o",
          "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(List<String> command) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        String log = "";
        Path serverLog = data.resolve("server.log");
        if (Files.isReadable(serverLog)) {
          log = Files.readString(serverLog);
        }
        throw new AssertionError("PostgreSQL command failed: " + String.join(" ", full) + "\n" + output + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private void stop() {
    synchronized (pools) {
      pools.forEach(com.zaxxer.hikari.HikariDataSource::close);
    }
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    } catch (AssertionError e) {
      // The server is gone already; the folder is removed below all the same.
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  /** The JDBC URL of a database on this server. */
  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=participation";
  }

  /** The server's port. */
  int port() {
    return port;
  }

  /** A new, empty database of its own, so that tests never see each other's events. */
  DataSource freshDatabase() {
    String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = unpooled("postgres").getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new AssertionError("cannot create database " + name, e);
    }
    return dataSource(name);
  }

  /**
   * A pool of connections to a database of this server, as a server embedding the store would
   * have (HikariCP); closed when the JVM ends.
   */
  DataSource dataSource(String database) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(url(database));
    config.setMaximumPoolSize(20);
    config.setMinimumIdle(0);
    config.setIdleTimeout(10_000);
    config.setPoolName(database);
    com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config);
    synchronized (pools) {
      pools.add(pool);
    }
    return pool;
  }

  /** A data source without a pool: one new connection for each operation. */
  DataSource unpooled(String database) {
    return new DriverDataSource(url(database));
  }
}
