-- Records: one row per document with the full record as versioned JSON,
-- plus normalised child rows for the queries that consolidate across
-- documents. Spans in child rows are byte offsets into documents.text.
-- Times are UTC text, 'YYYY-MM-DDTHH:MM:SS.ffffffZ'.

CREATE TABLE documents (
	id          TEXT PRIMARY KEY,
	title       TEXT NOT NULL,
	author      TEXT NOT NULL,
	lang        TEXT NOT NULL,
	url         TEXT NOT NULL,
	published   TEXT,             -- NULL when unknown
	source      TEXT NOT NULL,
	format      TEXT NOT NULL,
	text        TEXT NOT NULL,
	chars       INTEGER NOT NULL, -- runes of text
	record      TEXT NOT NULL,    -- JSON of everything but the document, see record_json.go
	n_entities  INTEGER NOT NULL,
	n_claims    INTEGER NOT NULL,
	n_quotes    INTEGER NOT NULL,
	n_relations INTEGER NOT NULL,
	n_problems  INTEGER NOT NULL,
	ingested_at TEXT NOT NULL
);

-- Listings order by ingested_at DESC, rowid DESC; rowid rides along in
-- every index.
CREATE INDEX documents_ingested_idx ON documents (ingested_at);
CREATE INDEX documents_lang_idx ON documents (lang, ingested_at);

CREATE TABLE entities (
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos       INTEGER NOT NULL,   -- index in Record.Entities
	entity_id TEXT NOT NULL,
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	wikidata  TEXT NOT NULL,
	mentions  INTEGER NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX entities_entity_idx ON entities (entity_id);

CREATE TABLE claims (
	doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	start_byte    INTEGER NOT NULL,
	end_byte      INTEGER NOT NULL,
	quantity_text TEXT NOT NULL,
	value         REAL NOT NULL,
	qualifier     TEXT NOT NULL,
	low           REAL,
	high          REAL,
	unit          TEXT NOT NULL,
	counted       TEXT NOT NULL,
	location      TEXT NOT NULL,
	source_text   TEXT,           -- NULL when the text names no claimant
	source_cue    TEXT,
	source_entity TEXT,           -- NULL or '' when the claimant is not linked
	extractor     TEXT NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX claims_source_entity_idx ON claims (source_entity);

CREATE TABLE claim_entities (
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	claim_pos INTEGER NOT NULL,
	pos       INTEGER NOT NULL,
	entity_id TEXT NOT NULL,
	PRIMARY KEY (doc_id, claim_pos, pos)
);
CREATE INDEX claim_entities_entity_idx ON claim_entities (entity_id);

CREATE TABLE quotes (
	doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos            INTEGER NOT NULL,
	kind           TEXT NOT NULL,
	cue            TEXT NOT NULL,
	start_byte     INTEGER NOT NULL,
	end_byte       INTEGER NOT NULL,
	content_start  INTEGER NOT NULL,
	content_end    INTEGER NOT NULL,
	speaker_text   TEXT,          -- NULL when the speaker is unknown
	speaker_entity TEXT,
	extractor      TEXT NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX quotes_speaker_entity_idx ON quotes (speaker_entity);

CREATE TABLE relations (
	doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	type          TEXT NOT NULL,
	from_id       TEXT NOT NULL,
	to_id         TEXT NOT NULL,
	attributes    TEXT NOT NULL,  -- JSON object, 'null' when none
	source_text   TEXT,
	source_entity TEXT,
	extractor     TEXT NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX relations_from_idx ON relations (from_id, type);
CREATE INDEX relations_to_idx ON relations (to_id, type);
CREATE INDEX relations_source_entity_idx ON relations (source_entity);

CREATE TABLE problems (
	doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos        INTEGER NOT NULL,
	code       TEXT NOT NULL,
	message    TEXT NOT NULL,
	start_byte INTEGER,           -- NULL when not about a place
	end_byte   INTEGER,
	extractor  TEXT NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX problems_code_idx ON problems (code);
