-- Full-text search over documents (SQLite FTS5): an external-content
-- index of title and text, kept in step with documents by triggers.
-- unicode61 folds case and, with remove_diacritics 2, accents, so that
-- "Atomwaffen" finds "ATOMWAFFEN" and "Pjöngjang" finds "Pjongjang".

CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text,
	content = 'documents', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- Filters of searches and listings by publication time.
CREATE INDEX documents_published_idx ON documents (published);
CREATE INDEX relations_type_idx ON relations (type);
