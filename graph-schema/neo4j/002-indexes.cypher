// Indexes for the lookups the store makes besides ids.
// A document rewrite finds that document's relations by documentId.
CREATE INDEX relates_document IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.documentId);
// Relation listings filter by type and status first.
CREATE INDEX relates_type IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.type);
CREATE INDEX relates_status IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.status);
// Actor listings filter by kind.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
// Document statistics count failures.
CREATE INDEX document_status IF NOT EXISTS FOR (d:Document) ON (d.status);
