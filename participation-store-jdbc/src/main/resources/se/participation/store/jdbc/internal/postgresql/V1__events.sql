-- Version 1 of the store's schema on PostgreSQL (13 or newer: xid8).

-- The append-only log: one row an event, never updated or deleted by the store.
CREATE TABLE participation_event (
  position        BIGSERIAL   PRIMARY KEY,
  process_id      TEXT        NOT NULL,
  version         BIGINT      NOT NULL CHECK (version >= 1),
  type            TEXT        NOT NULL,
  schema_version  INTEGER     NOT NULL,
  -- The event as JSON; NULL when it is one that may hold personal data, kept in
  -- participation_personal_event instead.
  payload         JSONB,
  recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- The writing transaction: readers in global order read only below the oldest running one.
  transaction_id  XID8        NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT participation_event_stream UNIQUE (process_id, version)
);

-- Events that may hold personal data (registrations, proposals, feedback deliveries, …): apart
-- from the log, rewritten in place when a participant's data is erased.
CREATE TABLE participation_personal_event (
  position    BIGINT PRIMARY KEY REFERENCES participation_event (position),
  process_id  TEXT   NOT NULL,
  payload     JSONB  NOT NULL
);
CREATE INDEX participation_personal_event_process ON participation_personal_event (process_id);
