// Runs graphql-http's GraphQL-over-HTTP server audits against a running krg and prints the tally as JSON:
//   node audit-graphql-http.mjs http://127.0.0.1:5080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ name: audit.name, status: result.status, reason: result.reason ?? null });
}
const count = (status) => results.filter((r) => r.status === status).length;
process.stdout.write(JSON.stringify({
  total: results.length,
  ok: count('ok'),
  notOk: results.filter((r) => r.status !== 'ok'),
}));
