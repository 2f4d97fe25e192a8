-- Records in the public format (internal/recordcodec), the Hebel build that
-- extracted them, and what consolidating figures across documents reads:
-- each document's dating and near-duplicate signature, each claim's typed
-- fields and valid time. The same columns as SQLite's migration 0003.
-- Rows stored before keep their old record encoding (still read) and have
-- no typed claims until extracted again.

ALTER TABLE documents
	ADD COLUMN hebel_version    text NOT NULL DEFAULT '',
	ADD COLUMN dating_source    text NOT NULL DEFAULT '',
	ADD COLUMN dating_precision text NOT NULL DEFAULT '',
	ADD COLUMN dating_upper     boolean NOT NULL DEFAULT false,
	ADD COLUMN dating_note      text NOT NULL DEFAULT '',
	ADD COLUMN signature        bytea; -- hebel.Signature.Bytes(), NULL for none

ALTER TABLE entities
	ADD COLUMN country text NOT NULL DEFAULT '',
	ADD COLUMN role    text NOT NULL DEFAULT '';

ALTER TABLE claims
	ADD COLUMN q_start          integer NOT NULL DEFAULT 0,
	ADD COLUMN q_end            integer NOT NULL DEFAULT 0,
	ADD COLUMN clause           text NOT NULL DEFAULT '',
	ADD COLUMN source_name      text,
	ADD COLUMN source_start     integer,
	ADD COLUMN source_end       integer,
	ADD COLUMN measure          text NOT NULL DEFAULT '',
	ADD COLUMN concept          text NOT NULL DEFAULT '',
	ADD COLUMN actor            text NOT NULL DEFAULT '',
	ADD COLUMN places           text[] NOT NULL DEFAULT '{}',
	ADD COLUMN reading          text NOT NULL DEFAULT '',
	ADD COLUMN confidence       double precision NOT NULL DEFAULT 0,
	ADD COLUMN valid            boolean NOT NULL DEFAULT false,
	ADD COLUMN valid_start      timestamptz, -- NULL: open or unknown
	ADD COLUMN valid_end        timestamptz,
	ADD COLUMN valid_precision  text NOT NULL DEFAULT '',
	ADD COLUMN valid_basis      text NOT NULL DEFAULT '',
	ADD COLUMN valid_text       text NOT NULL DEFAULT '',
	ADD COLUMN valid_text_start integer, -- byte offsets of the words, NULL when none
	ADD COLUMN valid_text_end   integer;

CREATE INDEX claims_measure_idx ON claims (measure, concept) WHERE measure <> '';
CREATE INDEX claims_actor_idx ON claims (actor) WHERE measure <> '';
CREATE INDEX claims_places_idx ON claims USING gin (places);
