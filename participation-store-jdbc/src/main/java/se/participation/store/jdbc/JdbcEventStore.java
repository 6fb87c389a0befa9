// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;
import se.participation.core.ProcessEngine;
import se.participation.json.EventHistories;
import se.participation.json.InputException;
import se.participation.json.Values;
import se.participation.store.AppendResult;
import se.participation.store.EventStore;
import se.participation.store.EventStoreException;
import se.participation.store.StoredEvent;
import se.participation.store.jdbc.internal.Dialect;
import se.participation.store.jdbc.internal.DriverDataSource;
import se.participation.store.jdbc.internal.Migrations;
import se.participation.store.jdbc.internal.Sql;
import se.participation.store.jdbc.internal.StoreTexts;

/**
 * An {@link EventStore} on a relational database: PostgreSQL in production, H2 embedded in a
 * file for one machine.
 *
 * <pre>{@code
 * JdbcEventStore store = JdbcEventStore.of(dataSource);   // your pool, e.g. HikariCP
 * store.migrate();                                        // once, at deployment or start-up
 * ProcessService service = new ProcessService(ProcessEngine.withContributedRules(), store);
 * }</pre>
 *
 * <p>What the database guarantees, not this class: each {@code (process_id, version)} is unique,
 * so of two nodes that append the same version one gets an {@link AppendResult.Conflict}; a
 * command's events are written in one transaction, all or none, also when the writer dies. Events
 * that {@link ProcessEngine#mayHoldPersonalData may hold personal data} are kept in {@code
 * participation_personal_event}, apart from the append-only {@code participation_event}; a
 * {@code ParticipantDataErased} event rewrites them (only them) in its own transaction. On
 * PostgreSQL, {@link #readAll} reads only below the oldest running transaction, so a projection
 * that polls on from its last position never skips an event committed late. The schema is in
 * {@code docs/store.md}.
 *
 * <p>Every operation takes a connection from the data source and gives it back; the store holds
 * no connection between operations (except the embedded database's, until {@link #close}), and is
 * safe for use by many threads.
 */
public final class JdbcEventStore implements EventStore, AutoCloseable {
  private static final ProcessEngine REDACTOR = ProcessEngine.withHandbookRulesOnly();

  private final DataSource dataSource;
  private final Dialect dialect;
  private final @Nullable String embeddedUrl;

  private JdbcEventStore(DataSource dataSource, Dialect dialect, @Nullable String embeddedUrl) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.embeddedUrl = embeddedUrl;
  }

  /**
   * A store on a database, which it recognises (PostgreSQL or H2) by connecting once. The schema
   * is not touched: call {@link #migrate()} once before use.
   *
   * @param dataSource the connections to use; the store never closes the data source
   * @throws NullPointerException when {@code dataSource} is null
   * @throws EventStoreException when the database cannot be reached, or is neither PostgreSQL nor H2
   */
  public static JdbcEventStore of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      Dialect dialect = Dialect.of(product).orElseThrow(() -> new EventStoreException(
          StoreTexts.text("store.unsupportedDatabase", product), null));
      return new JdbcEventStore(dataSource, dialect, null);
    } catch (SQLException e) {
      throw StoreTexts.failure("connect", e);
    }
  }

  /**
   * A store in an embedded H2 database in a file, created and migrated when needed: the default
   * for one machine and for the command line. The database stays open until {@link #close()}; one
   * JVM at a time may open the file. H2 ({@code com.h2database:h2}) must be on the class or module
   * path.
   *
   * @param file the database file ({@code store.mv.db}; the suffix may be left out)
   * @throws NullPointerException when {@code file} is null
   * @throws EventStoreException when the file cannot be opened (H2 missing, the file in use by
   *     another JVM, or not a database)
   */
  public static JdbcEventStore embedded(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toAbsolutePath().normalize().toString();
    if (name.endsWith(".mv.db")) {
      name = name.substring(0, name.length() - ".mv.db".length());
    }
    // DB_CLOSE_DELAY=-1: kept open between operations until close(), not reopened for each.
    String url = "jdbc:h2:file:" + name + ";DB_CLOSE_DELAY=-1";
    JdbcEventStore store = new JdbcEventStore(new DriverDataSource(url), Dialect.H2, url);
    store.migrate();
    return store;
  }

  /**
   * A store for a tool, by where it is: a JDBC URL ({@code jdbc:postgresql://host/db?user=…}),
   * connected without a pool (a new connection for each operation, which suits a command line,
   * not a server), or else the path of an embedded file as for {@link #embedded(Path)}. A store
   * on a URL is not migrated; an embedded one is.
   *
   * @param location a JDBC URL, or a file path
   * @throws NullPointerException when {@code location} is null
   * @throws IllegalArgumentException when {@code location} is blank
   * @throws EventStoreException when the database cannot be reached or opened
   */
  public static JdbcEventStore open(String location) {
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
    if (location.startsWith("jdbc:")) {
      return of(new DriverDataSource(location));
    }
    return embedded(Path.of(location));
  }

  /**
   * Brings the database's schema to the newest version this library knows, applying each
   * shipped migration once, in order; a schema already up to date is left alone. Safe to call on
   * every start and from several nodes at once (on PostgreSQL the run holds an advisory lock).
   *
   * @return the schema versions applied by this call; empty when there was nothing to do
   * @throws EventStoreException when the database holds a newer schema than this library knows,
   *     or a migration fails (on PostgreSQL nothing of it stays)
   */
  public List<Integer> migrate() {
    try (Connection connection = dataSource.getConnection()) {
      return Migrations.apply(connection, dialect);
    } catch (SQLException e) {
      throw StoreTexts.failure("migrate", e);
    }
  }

  /** The newest schema version this library knows, which {@link #migrate()} brings a database to. */
  public int schemaVersion() {
    return Migrations.latest(dialect);
  }

  @Override
  public AppendResult append(ProcessId process, long expectedVersion, List<Event> events) {
    EventStore.checkAppend(process, expectedVersion, events);
    List<String> payloads = new ArrayList<>(events.size());
    for (Event event : events) {
      payloads.add(payload(event));
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        AppendResult result = append(connection, process, expectedVersion, events, payloads);
        if (result instanceof AppendResult.Appended) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        Sql.rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (Sql.isUniqueViolation(e)) {
        // Another append took one of the versions between our check and our insert.
        long actual = version(process);
        return new AppendResult.Conflict(expectedVersion, Math.max(actual, expectedVersion + 1));
      }
      throw StoreTexts.failure("append", e);
    }
  }

  private AppendResult append(Connection connection, ProcessId process, long expectedVersion, List<Event> events,
      List<String> payloads) throws SQLException {
    long head = 0;
    if (!dialect.generatedPositions()) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(
              "SELECT last_position FROM participation_head WHERE id = 1 FOR UPDATE")) {
        if (!row.next()) {
          throw new SQLException("participation_head has no row", "42S02");
        }
        head = row.getLong(1);
      }
    }
    long actual = version(connection, process);
    if (actual != expectedVersion) {
      return new AppendResult.Conflict(expectedVersion, actual);
    }
    long[] positions = insertEvents(connection, process, events, payloads, head);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO participation_personal_event "
        + "(position, process_id, payload) VALUES (?, ?, " + dialect.jsonParameter() + ")")) {
      boolean any = false;
      for (int i = 0; i < events.size(); i++) {
        if (REDACTOR.mayHoldPersonalData(events.get(i))) {
          insert.setLong(1, positions[i]);
          insert.setString(2, process.value());
          insert.setString(3, payloads.get(i));
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
    long last = positions[positions.length - 1];
    if (!dialect.generatedPositions()) {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE participation_head SET last_position = ? WHERE id = 1")) {
        update.setLong(1, last);
        update.executeUpdate();
      }
    }
    for (Event event : events) {
      if (event instanceof Event.ParticipantDataErased erased) {
        erase(connection, process, erased);
      }
    }
    return new AppendResult.Appended(expectedVersion + events.size(), last);
  }

  private long[] insertEvents(Connection connection, ProcessId process, List<Event> events, List<String> payloads,
      long head) throws SQLException {
    long[] positions = new long[events.size()];
    String columns = "process_id, version, type, schema_version, payload";
    String values = "?, ?, ?, ?, " + dialect.jsonParameter();
    if (dialect.generatedPositions()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO participation_event (" + columns + ") VALUES (" + values + ")", new String[] {"position"})) {
        bind(insert, process, events, payloads, null);
        insert.executeBatch();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          for (int i = 0; i < positions.length; i++) {
            if (!keys.next()) {
              throw new SQLException("the database gave " + i + " positions for " + positions.length + " events");
            }
            positions[i] = keys.getLong(1);
          }
        }
      }
    } else {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO participation_event (position, " + columns + ") VALUES (?, " + values + ")")) {
        for (int i = 0; i < positions.length; i++) {
          positions[i] = head + 1 + i;
        }
        bind(insert, process, events, payloads, positions);
        insert.executeBatch();
      }
    }
    return positions;
  }

  /** Binds each event's row, with its position first when the store gives positions (H2). */
  private void bind(PreparedStatement insert, ProcessId process, List<Event> events, List<String> payloads,
      long @Nullable [] positions) throws SQLException {
    int first = positions == null ? 1 : 2;
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (positions != null) {
        insert.setLong(1, positions[i]);
      }
      insert.setString(first, process.value());
      insert.setLong(first + 1, event.context().version());
      insert.setString(first + 2, EventHistories.typeName(event.getClass()));
      insert.setInt(first + 3, EventHistories.SCHEMA_VERSION);
      if (REDACTOR.mayHoldPersonalData(event)) {
        insert.setNull(first + 4, nullJsonType());
      } else {
        insert.setString(first + 4, payloads.get(i));
      }
      insert.addBatch();
    }
  }

  private int nullJsonType() {
    return dialect == Dialect.POSTGRESQL ? java.sql.Types.OTHER : java.sql.Types.CLOB;
  }

  /** Rewrites the stored events that hold the participant's personal data, in the append's transaction. */
  private void erase(Connection connection, ProcessId process, Event.ParticipantDataErased erased)
      throws SQLException {
    List<Row> rows = rows(connection, process);
    List<Event> history = new ArrayList<>(rows.size());
    for (Row row : rows) {
      history.add(row.event());
    }
    List<Event> redacted = REDACTOR.redact(history, erased.participant());
    try (PreparedStatement update = connection.prepareStatement("UPDATE participation_personal_event SET payload = "
        + dialect.jsonParameter() + " WHERE position = ?")) {
      boolean any = false;
      for (int i = 0; i < history.size(); i++) {
        if (redacted.get(i).equals(history.get(i))) {
          continue;
        }
        if (!rows.get(i).personal()) {
          // Never leave personal data in the log: refuse the whole append instead.
          throw new IllegalStateException("event " + history.get(i).context().version() + " of the stream ("
              + history.get(i).getClass().getSimpleName() + ") changes under erasure but is kept in the log");
        }
        update.setString(1, payload(redacted.get(i)));
        update.setLong(2, rows.get(i).position());
        update.addBatch();
        any = true;
      }
      if (any) {
        update.executeBatch();
      }
    }
  }

  @Override
  public List<Event> load(ProcessId process) {
    Objects.requireNonNull(process, "process");
    try (Connection connection = dataSource.getConnection()) {
      List<Row> rows = rows(connection, process);
      List<Event> events = new ArrayList<>(rows.size());
      for (Row row : rows) {
        events.add(row.event());
      }
      return List.copyOf(events);
    } catch (SQLException e) {
      throw StoreTexts.failure("load", e);
    }
  }

  private List<Row> rows(Connection connection, ProcessId process) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT e.position, e.version, e.payload, p.payload "
        + "FROM participation_event e LEFT JOIN participation_personal_event p ON p.position = e.position "
        + "WHERE e.process_id = ? ORDER BY e.version")) {
      select.setString(1, process.value());
      try (ResultSet result = select.executeQuery()) {
        long expected = 1;
        while (result.next()) {
          long position = result.getLong(1);
          long version = result.getLong(2);
          String personal = result.getString(4);
          String text = personal != null ? personal : result.getString(3);
          Event event = read(text, process, version);
          if (version != expected) {
            throw unreadable(process, version, StoreTexts.text("store.why.gap", expected - 1));
          }
          rows.add(new Row(position, event, personal != null));
          expected++;
        }
      }
    }
    return rows;
  }

  private record Row(long position, Event event, boolean personal) {}

  @Override
  public long version(ProcessId process) {
    Objects.requireNonNull(process, "process");
    try (Connection connection = dataSource.getConnection()) {
      return version(connection, process);
    } catch (SQLException e) {
      throw StoreTexts.failure("version", e);
    }
  }

  private static long version(Connection connection, ProcessId process) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) FROM participation_event WHERE process_id = ?")) {
      select.setString(1, process.value());
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    EventStore.checkRead(afterPosition, limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT e.position, e.process_id, e.version, "
            + "e.payload, p.payload FROM participation_event e "
            + "LEFT JOIN participation_personal_event p ON p.position = e.position "
            + "WHERE e.position > ?" + dialect.visibleInOrder() + " ORDER BY e.position LIMIT ?")) {
      select.setLong(1, afterPosition);
      select.setInt(2, limit);
      List<StoredEvent> events = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          String personal = result.getString(5);
          ProcessId process = ProcessId.of(result.getString(2));
          Event event = read(personal != null ? personal : result.getString(4), process, result.getLong(3));
          events.add(new StoredEvent(result.getLong(1), event));
        }
      }
      return List.copyOf(events);
    } catch (SQLException e) {
      throw StoreTexts.failure("readAll", e);
    }
  }

  /**
   * Closes the embedded database of {@link #embedded(Path)}; does nothing for a store on a data
   * source given to {@link #of(DataSource)}, which belongs to its owner.
   *
   * @throws EventStoreException when the embedded database cannot be closed
   */
  @Override
  public void close() {
    if (embeddedUrl == null) {
      return;
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw StoreTexts.failure("connect", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcEventStore[" + dialect.name().toLowerCase(Locale.ROOT) + (embeddedUrl == null ? "" : ", embedded")
        + "]";
  }

  private static String payload(Event event) {
    String line = EventHistories.write(List.of(event));
    return line.substring(0, line.length() - 1);
  }

  private static Event read(@Nullable String text, ProcessId process, long version) {
    if (text == null) {
      throw unreadable(process, version, StoreTexts.text("store.why.missing"));
    }
    Event event;
    try {
      event = Values.read(text, Event.class, "store");
    } catch (InputException e) {
      throw unreadable(process, version, LocalizedText.of(e.message(LocalizedText.SWEDISH),
          e.message(LocalizedText.ENGLISH)));
    }
    if (!event.context().process().equals(process) || event.context().version() != version) {
      throw unreadable(process, version, StoreTexts.text("store.why.misplaced"));
    }
    return event;
  }

  private static EventStoreException unreadable(ProcessId process, long version, LocalizedText why) {
    return new EventStoreException(StoreTexts.text("store.unreadable", version, process.value(), why), null);
  }
}
