// Feeds statements to Neo4j's own Cypher parser and semantic analysis (@neo4j-cypher/language-support).
// Usage: node lint.mjs <statements.json> '<{"labels":[..],"relationshipTypes":[..]}>' [CYPHER 5|CYPHER 25 ...]
// Input: a JSON file [{ name, text, parameters: [..] }]; output on stdout: [{ name, version, errors: [..], warnings: [..] }].
// Each statement is checked as Cypher 5 (Neo4j 5.26) and/or Cypher 25 (Neo4j 2025.x), declaring exactly the
// parameters the store binds (an undeclared $param is an error) and the labels/types the store writes
// (an unknown label or relationship type is reported as an error too: it can only be a typo).
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const graph = JSON.parse(process.argv[3] ?? '{"labels":[],"relationshipTypes":[]}');
const ERROR = 1;
const results = [];
const versions = process.argv.length > 4 ? process.argv.slice(4) : ['CYPHER 5', 'CYPHER 25'];
for (const version of versions) {
  for (const s of statements) {
    const parameters = Object.fromEntries(s.parameters.map(p => [p, null]));
    const { diagnostics } = lintCypherQuery(s.text, {
      parameters,
      labels: graph.labels,
      relationshipTypes: graph.relationshipTypes,
      defaultLanguage: version,
    });
    const describe = d => `${d.message} (offset ${d.offsets?.start})`;
    const schemaTypo = d => /is not present in the database|Label .* not|Relationship type .* not/i.test(d.message);
    results.push({
      name: s.name,
      version,
      errors: diagnostics.filter(d => d.severity === ERROR || schemaTypo(d)).map(describe),
      warnings: diagnostics.filter(d => d.severity !== ERROR && !schemaTypo(d)).map(describe),
    });
  }
}
process.stdout.write(JSON.stringify(results));
