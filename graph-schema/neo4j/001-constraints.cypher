// Uniqueness constraints on the stable ids every write MERGEs on (each also backs an index for lookups).
// Applied at start by Neo4jGraphStore.InitializeAsync; IF NOT EXISTS keeps that idempotent.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT relates_id IF NOT EXISTS FOR ()-[r:RELATES]-() REQUIRE r.id IS UNIQUE;
