// Kuzu peer for the graph benchmark: loads the CSVs the C# benchmark wrote, runs the same queries,
// prints one JSON object with per-query latencies (ms) on stdout. Usage: node run.js <input-folder>
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const STATUSES = "['ASSERTED','ALLEGED']";

// Degree is a property computed once at load (actors.csv), as the store keeps it in its index.
const NEIGHBOURHOOD = `
  MATCH (a:Actor {id: $id})-[e:E* SHORTEST 1..2 (r, n | WHERE r.status IN ${STATUSES})]-(b:Actor)
  RETURN b.id AS id, length(e) AS hops, b.degree AS degree
  ORDER BY hops, degree DESC, id
  LIMIT $limit`;
// Induced edges. The issue asked to expand from the bound chosen actors instead of filtering relationships by IN $ids;
// every such form tried crashes Kuzu 0.11.3 in node (segmentation fault: UNWIND $ids AS i MATCH (x:Actor {id: i})-[r]->(y),
// the same with WHERE x.id = i, and MATCH (x:Actor) WHERE x.id IN $ids WITH x MATCH (x)-[r]->(y)), or is refused
// ("Cannot bind x as node pattern" for an unwound list of nodes), so the filter stays; only the relation id is projected.
const INDUCED_EDGES = `
  MATCH (x:Actor)-[r:E]->(y:Actor)
  WHERE x.id IN $ids AND y.id IN $ids AND r.status IN ${STATUSES}
  RETURN r.rid AS rid`;
const SHORTEST_ONE = `
  MATCH p = (a:Actor {id: $from})-[e:E* SHORTEST 1..4 (r, n | WHERE r.status IN ${STATUSES})]-(b:Actor {id: $to})
  RETURN properties(nodes(e), 'id') AS via, properties(rels(e), 'rid') AS rids`;
// NOT COMPARABLE to the store's k shortest simple paths: Kuzu has none; ALL SHORTEST with LIMIT k returns shortest-length
// paths only (never a longer one when fewer than k shortest exist) and one relation per hop instead of all of them.
const SHORTEST_K = `
  MATCH p = (a:Actor {id: $from})-[e:E* ALL SHORTEST 1..4 (r, n | WHERE r.status IN ${STATUSES})]-(b:Actor {id: $to})
  RETURN properties(nodes(e), 'id') AS via, properties(rels(e), 'rid') AS rids
  LIMIT $k`;

async function timed(fn) {
  const start = process.hrtime.bigint();
  try {
    const rows = await fn();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows };
  } catch (error) {
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows: -1, error: String(error.message || error) };
  }
}

async function main() {
  const input = process.argv[2];
  if (!input) throw new Error("usage: node run.js <input-folder>");
  const queries = JSON.parse(fs.readFileSync(path.join(input, "queries.json"), "utf8"));
  const dbPath = path.join(input, "kuzu.db");
  fs.rmSync(dbPath, { recursive: true, force: true });
  fs.rmSync(dbPath + ".wal", { force: true });

  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  const loadStart = process.hrtime.bigint();
  await conn.query("CREATE NODE TABLE Actor(id STRING, degree INT64, PRIMARY KEY(id))");
  await conn.query("CREATE REL TABLE E(FROM Actor TO Actor, rid STRING, type STRING, status STRING, date_start INT64, date_end INT64)");
  await conn.query(`COPY Actor FROM '${path.join(input, "actors.csv")}' (HEADER=true)`);
  await conn.query(`COPY E FROM '${path.join(input, "relations.csv")}' (HEADER=true)`);
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  conn.setQueryTimeout(queries.capMs);

  const neighbourhood = await conn.prepare(NEIGHBOURHOOD);
  const induced = await conn.prepare(INDUCED_EDGES);
  const shortestOne = await conn.prepare(SHORTEST_ONE);
  const shortestK = await conn.prepare(SHORTEST_K);

  const run = async (statement, params) => (await (await conn.execute(statement, params)).getAll());
  const result = { loadMs, capMs: queries.capMs, neighbourhood: [], paths3: [], paths1: [] };
  const hood = async (id) => {
    const nodes = await run(neighbourhood, { id, limit: queries.limit - 1 });
    const ids = [id, ...nodes.map((n) => n.id)];
    const edges = await run(induced, { ids });
    return ids.length + edges.length;
  };
  const paths3 = async ([from, to]) => (await run(shortestK, { from, to, k: 3 })).length;
  const paths1 = async ([from, to]) => (await run(shortestOne, { from, to })).length;

  // The same warm-up as every other side: a separate list, not the measured one.
  for (const id of queries.warmupNeighbourhood) await timed(() => hood(id));
  for (const pair of queries.warmupPaths) { await timed(() => paths3(pair)); await timed(() => paths1(pair)); }

  for (const id of queries.neighbourhood) result.neighbourhood.push(await timed(() => hood(id)));
  for (const pair of queries.paths) result.paths3.push(await timed(() => paths3(pair)));
  for (const pair of queries.paths) result.paths1.push(await timed(() => paths1(pair)));
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
