-- Records in the public format, the Hebel build that extracted them, and
-- what consolidating figures across documents reads: each document's
-- dating and near-duplicate signature, each claim's typed fields and
-- valid time. Rows stored before this migration keep their old record
-- encoding (still read) and have no typed claims until extracted again
-- ('hebel docs --stale', 'hebel ingest --force').

ALTER TABLE documents ADD COLUMN hebel_version    TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN dating_source    TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN dating_precision TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN dating_upper     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN dating_note      TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN signature        BLOB; -- hebel.Signature.Bytes(), NULL for none

ALTER TABLE entities ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN role    TEXT NOT NULL DEFAULT '';

ALTER TABLE claims ADD COLUMN q_start         INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN q_end           INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN clause          TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN source_name     TEXT;
ALTER TABLE claims ADD COLUMN source_start    INTEGER;
ALTER TABLE claims ADD COLUMN source_end      INTEGER;
ALTER TABLE claims ADD COLUMN measure         TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN concept         TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN actor           TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN places          TEXT NOT NULL DEFAULT ''; -- ids joined by ',' with a leading and trailing ','
ALTER TABLE claims ADD COLUMN reading         TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN confidence      REAL NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN valid           INTEGER NOT NULL DEFAULT 0; -- 1 when the claim has a valid time
ALTER TABLE claims ADD COLUMN valid_start     TEXT;  -- NULL: open or unknown
ALTER TABLE claims ADD COLUMN valid_end       TEXT;
ALTER TABLE claims ADD COLUMN valid_precision TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN valid_basis     TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN valid_text      TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN valid_text_start INTEGER; -- byte offsets of the words, NULL when none
ALTER TABLE claims ADD COLUMN valid_text_end   INTEGER;

CREATE INDEX claims_measure_idx ON claims (measure, concept);
CREATE INDEX claims_actor_idx ON claims (actor);
