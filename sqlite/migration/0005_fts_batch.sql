-- The store adds the full-text rows of the documents it inserts once per
-- batch, in one INSERT … SELECT (RecordStore.PutRecords), instead of by a
-- trigger per row: FTS5 writes its pending terms to disk at every
-- statement savepoint, so a trigger made one index segment per document
-- and merges after them, a third of the cost of storing a record. The
-- delete and update triggers stay: the index is kept in step with every
-- change to documents.
DROP TRIGGER documents_fts_insert;
