-- Whether a document names an actor (the actor filter of search and of
-- the document list, an actor's page and its facets) is one probe of
-- (entity_id, doc_id) per document; with the index on entity_id alone,
-- each probe read every row of the actor (on 1,000 news pages, a search
-- by a frequent country took seconds). The new index serves every query
-- the old one did.
CREATE INDEX entities_entity_doc_idx ON entities (entity_id, doc_id);
DROP INDEX entities_entity_idx;
