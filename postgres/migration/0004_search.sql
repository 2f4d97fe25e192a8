-- Full-text search as hebel.SearchStore states it: whole words with case
-- and diacritics folded and no stemming ("Pjongjang" finds "Pjöngjang",
-- "Soldat" does not find "Soldaten"), the same in German and English
-- documents. The configuration hebel_words is PostgreSQL's simple one
-- with the unaccent dictionary in front; Open installs the unaccent
-- extension when it is missing. It replaces the stemmed column of 0001.

DROP INDEX documents_search_idx;
ALTER TABLE documents DROP COLUMN search;

DO $$
DECLARE
	s text;
BEGIN
	SELECT n.nspname INTO s FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
	WHERE d.dictname = 'unaccent' LIMIT 1;
	IF s IS NULL THEN
		RAISE EXCEPTION 'the unaccent text search dictionary is missing: CREATE EXTENSION unaccent';
	END IF;
	CREATE TEXT SEARCH CONFIGURATION hebel_words (COPY = pg_catalog.simple);
	EXECUTE format('ALTER TEXT SEARCH CONFIGURATION hebel_words ALTER MAPPING FOR '
		'asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart '
		'WITH %I.unaccent, simple', s);
END
$$;

-- Titles weigh more than text (A over D). The first 500,000 characters
-- of a text are indexed: a tsvector holds at most 1 MB.
ALTER TABLE documents ADD COLUMN words tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('hebel_words', title), 'A') || to_tsvector('hebel_words', left(text, 500000))
) STORED;
CREATE INDEX documents_words_idx ON documents USING gin (words);

-- Filters of searches and listings by publication time and relation type.
CREATE INDEX documents_published_idx ON documents (published);
CREATE INDEX relations_type_idx ON relations (type);
