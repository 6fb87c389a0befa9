// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;
import se.participation.api.text.TextCatalogProvider;
import se.participation.store.EventStoreException;

/** The JDBC store's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class StoreTexts {
  /** Every text of the JDBC store. */
  public static final TextCatalog CATALOG = TextCatalog.load("se.participation.store.jdbc", "texts",
      name -> StoreTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH));

  private StoreTexts() {}

  /** The text for a key, with placeholders filled. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }

  /**
   * The exception for a database error during an operation: the tables missing, or the database's
   * error code. The database's message is kept as the cause only, since it may quote values.
   */
  public static EventStoreException failure(String operation, SQLException e) {
    String state = e.getSQLState() == null ? "?" : e.getSQLState();
    if (Sql.isMissingTable(e)) {
      return new EventStoreException(text("store.notMigrated"), e);
    }
    return new EventStoreException(text("store.unreachable", text("operation." + operation), state), e);
  }

  /** Makes the catalog known to {@link TextCatalog#installed()}. */
  public static final class Provider implements TextCatalogProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public TextCatalog catalog() {
      return CATALOG;
    }
  }
}
