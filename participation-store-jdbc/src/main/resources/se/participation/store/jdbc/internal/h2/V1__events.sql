-- Version 1 of the store's schema on H2 (2.x), embedded on one machine.

-- The append-only log: one row an event, never updated or deleted by the store.
CREATE TABLE participation_event (
  position        BIGINT                   PRIMARY KEY,
  process_id      CHARACTER VARYING(100)   NOT NULL,
  version         BIGINT                   NOT NULL CHECK (version >= 1),
  type            CHARACTER VARYING(100)   NOT NULL,
  schema_version  INTEGER                  NOT NULL,
  -- The event as JSON; NULL when it is kept in participation_personal_event instead.
  payload         CHARACTER LARGE OBJECT,
  recorded_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT participation_event_stream UNIQUE (process_id, version)
);

-- Events that may hold personal data, apart from the log, rewritten at erasure.
CREATE TABLE participation_personal_event (
  position    BIGINT                 PRIMARY KEY REFERENCES participation_event (position),
  process_id  CHARACTER VARYING(100) NOT NULL,
  payload     CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX participation_personal_event_process ON participation_personal_event (process_id);

-- The last position given: appends take it under a row lock, so positions are committed in order.
CREATE TABLE participation_head (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  last_position  BIGINT  NOT NULL
);
INSERT INTO participation_head (id, last_position) VALUES (1, 0);
