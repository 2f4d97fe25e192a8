-- Records: one row per document with the extractions as versioned JSON
-- (internal/recordcodec), plus normalised child rows for the queries that
-- consolidate across documents. Spans in child rows are byte offsets into
-- documents.text. The same tables as the SQLite store, in PostgreSQL's
-- types.

CREATE TABLE documents (
	-- COLLATE "C": id prefixes (LIKE 'sha256:ab12%') use the primary key.
	id          text COLLATE "C" PRIMARY KEY,
	seq         bigint GENERATED ALWAYS AS IDENTITY, -- order of ingest, breaks ties of ingested_at
	title       text NOT NULL,
	author      text NOT NULL,
	lang        text NOT NULL,
	url         text NOT NULL,
	published   timestamptz,      -- NULL when unknown
	source      text NOT NULL,
	format      text NOT NULL,
	text        text NOT NULL,
	chars       integer NOT NULL, -- runes of text
	record      jsonb NOT NULL,   -- everything but the document
	n_entities  integer NOT NULL,
	n_claims    integer NOT NULL,
	n_quotes    integer NOT NULL,
	n_relations integer NOT NULL,
	n_problems  integer NOT NULL,
	ingested_at timestamptz NOT NULL,
	-- Full-text search in the document's language: German and English
	-- stem, any other language is only split into words. The first
	-- 500,000 characters are indexed (a tsvector holds at most 1 MB).
	search      tsvector GENERATED ALWAYS AS (
		to_tsvector(
			CASE lang WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
			left(title || E'\n' || text, 500000))
	) STORED
);

CREATE INDEX documents_ingested_idx ON documents (ingested_at DESC, seq DESC);
CREATE INDEX documents_lang_idx ON documents (lang, ingested_at DESC, seq DESC);
CREATE INDEX documents_search_idx ON documents USING gin (search);

CREATE TABLE entities (
	doc_id    text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos       integer NOT NULL,   -- index in Record.Entities
	entity_id text NOT NULL,
	type      text NOT NULL,
	name      text NOT NULL,
	wikidata  text NOT NULL,
	mentions  integer NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX entities_entity_idx ON entities (entity_id);

CREATE TABLE claims (
	doc_id        text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos           integer NOT NULL,
	start_byte    integer NOT NULL,
	end_byte      integer NOT NULL,
	quantity_text text NOT NULL,
	value         double precision NOT NULL,
	qualifier     text NOT NULL,
	low           double precision,
	high          double precision,
	unit          text NOT NULL,
	counted       text NOT NULL,
	location      text NOT NULL,
	source_text   text,           -- NULL when the text names no claimant
	source_cue    text,
	source_entity text,           -- NULL or '' when the claimant is not linked
	extractor     text NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX claims_source_entity_idx ON claims (source_entity);

CREATE TABLE claim_entities (
	doc_id    text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	claim_pos integer NOT NULL,
	pos       integer NOT NULL,
	entity_id text NOT NULL,
	PRIMARY KEY (doc_id, claim_pos, pos)
);
CREATE INDEX claim_entities_entity_idx ON claim_entities (entity_id);

CREATE TABLE quotes (
	doc_id         text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos            integer NOT NULL,
	kind           text NOT NULL,
	cue            text NOT NULL,
	start_byte     integer NOT NULL,
	end_byte       integer NOT NULL,
	content_start  integer NOT NULL,
	content_end    integer NOT NULL,
	speaker_text   text,          -- NULL when the speaker is unknown
	speaker_entity text,
	extractor      text NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX quotes_speaker_entity_idx ON quotes (speaker_entity);

CREATE TABLE relations (
	doc_id        text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos           integer NOT NULL,
	type          text NOT NULL,
	from_id       text NOT NULL,
	to_id         text NOT NULL,
	attributes    jsonb NOT NULL, -- JSON object, 'null' when none
	source_text   text,
	source_entity text,
	extractor     text NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX relations_from_idx ON relations (from_id, type);
CREATE INDEX relations_to_idx ON relations (to_id, type);
CREATE INDEX relations_source_entity_idx ON relations (source_entity);

CREATE TABLE problems (
	doc_id     text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	pos        integer NOT NULL,
	code       text NOT NULL,
	message    text NOT NULL,
	start_byte integer,           -- NULL when not about a place
	end_byte   integer,
	extractor  text NOT NULL,
	PRIMARY KEY (doc_id, pos)
);
CREATE INDEX problems_code_idx ON problems (code);
