// Full-text indexes for search, RelationFilter.text and DocumentFilter.text (issue 18). The analyzer keeps stop words,
// as SQLite's FTS5 does in the embedded store, so both stores match the same words.
// Cited sentences:
CREATE FULLTEXT INDEX relation_quote IF NOT EXISTS FOR ()-[r:RELATES]-() ON EACH [r.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// Document titles:
CREATE FULLTEXT INDEX document_title IF NOT EXISTS FOR (d:Document) ON EACH [d.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// Actor names with their aliases (searchNames, kept by actors.upsert):
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.searchNames] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
