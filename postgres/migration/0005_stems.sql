-- Stemmed full-text search in the document's language (hebel.SearchQuery
-- Stem): German and English documents are indexed with PostgreSQL's
-- Snowball stemmers behind the unaccent dictionary ("Soldat" finds
-- "Soldaten", "deploy" finds "deployed"); any other language falls back
-- to hebel_words (0004). The exact-word column of 0004 stays the default.

DO $$
DECLARE
	s text;
BEGIN
	SELECT n.nspname INTO s FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
	WHERE d.dictname = 'unaccent' LIMIT 1;
	IF s IS NULL THEN
		RAISE EXCEPTION 'the unaccent text search dictionary is missing: CREATE EXTENSION unaccent';
	END IF;
	CREATE TEXT SEARCH CONFIGURATION hebel_de (COPY = pg_catalog.german);
	CREATE TEXT SEARCH CONFIGURATION hebel_en (COPY = pg_catalog.english);
	EXECUTE format('ALTER TEXT SEARCH CONFIGURATION hebel_de ALTER MAPPING FOR '
		'asciiword, asciihword, hword_asciipart, word, hword, hword_part '
		'WITH %I.unaccent, german_stem', s);
	EXECUTE format('ALTER TEXT SEARCH CONFIGURATION hebel_en ALTER MAPPING FOR '
		'asciiword, asciihword, hword_asciipart, word, hword, hword_part '
		'WITH %I.unaccent, english_stem', s);
END
$$;

ALTER TABLE documents ADD COLUMN stems tsvector GENERATED ALWAYS AS (
	CASE lang
	WHEN 'de' THEN setweight(to_tsvector('hebel_de', title), 'A') || to_tsvector('hebel_de', left(text, 500000))
	WHEN 'en' THEN setweight(to_tsvector('hebel_en', title), 'A') || to_tsvector('hebel_en', left(text, 500000))
	ELSE setweight(to_tsvector('hebel_words', title), 'A') || to_tsvector('hebel_words', left(text, 500000))
	END
) STORED;
CREATE INDEX documents_stems_idx ON documents USING gin (stems);
