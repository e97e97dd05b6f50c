#!/usr/bin/env bash
# Load benchmark (issue 7): wrk, 64 connections, 30 s per run, loopback only.
#   (a) the seeds store   (b) the 1,000,000-relation synthetic store (built by bench/KoreaRussiaGraph.Benchmarks.Graph)
# For each: a neighbourhood query and a paths query against krg (as clients send them, so repeated requests are
# replayed from the response cache; then with Cache-Control: no-cache, so every answer is computed), then the same
# against bench/load/BareEndpoint serving the identical response bytes; prints requests/s, p50/p99, error counts,
# cache hits and both GraphQL/bare ratios.
# Then reads during writes: 500 documents dropped in the running server's inbox while wrk runs; no read may fail
# and the final counts must equal those of a quiet `krg ingest` of the same files.
#
# Usage: bench/load/run.sh [--skip-synthetic] [--duration 30s] [--connections 64]
# Environment: KRG_LOAD_WORK (default artifacts/bench-load), KRG_GRAPH_DB (reuse an existing 1M-relation store file).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK=$(realpath -m "${KRG_LOAD_WORK:-artifacts/bench-load}")
DURATION=30s
CONNECTIONS=64
SKIP_SYNTHETIC=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-synthetic) SKIP_SYNTHETIC=1; shift ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
KRG_PORT=5181; QUIET_PORT=5182; BARE_PORT=5190
mkdir -p "$WORK"
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "wrk not found: installing the Debian package"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

echo "== building (Release)"
dotnet build -c Release src/Krg -v q -nologo | tail -n 2
dotnet build -c Release bench/load/BareEndpoint -v q -nologo | tail -n 2
KRG_DLL="$ROOT/src/Krg/bin/Release/net10.0/krg.dll"
BARE_DLL="$ROOT/bench/load/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll"

# --- helpers ----------------------------------------------------------------------------------------------
start_krg() { # port store inbox logfile
  dotnet "$KRG_DLL" --urls "http://127.0.0.1:$1" --Store:Path="$2" --Ingestion:InboxPath="$3" \
    --RateLimiting:Enabled=false --Logging:LogLevel:Default=Warning >"$4" 2>&1 &
  PIDS+=($!)
  LAST_PID=$!
  wait_ready "http://127.0.0.1:$1/readyz" 600
}

wait_ready() { # url timeout-seconds
  local deadline=$((SECONDS + $2))
  until curl -fs "$1" >/dev/null 2>&1; do
    if (( SECONDS > deadline )); then echo "not ready after $2 s: $1" >&2; exit 1; fi
    sleep 0.5
  done
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

request_body() { # query variables-json -> file
  python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$1" "$2" >"$3"
}

post() { # port bodyfile -> response on stdout
  curl -fs -X POST "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --data-binary "@$2"
}

run_wrk() { # label port bodyfile [cache-control header]
  local line
  line=$(KRG_BODY_FILE="$3" KRG_CACHE_CONTROL="${4:-}" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/load/post.lua "http://127.0.0.1:$2/graphql" | grep '^RESULT')
  printf '%-44s %s\n' "$1" "${line#RESULT }" | tee -a "$WORK/results.txt"
  LAST_RPS=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
}

compare_with_bare() { # label krgport bodyfile
  local capture="$WORK/captured-$(basename "$3")"
  post "$2" "$3" >"$capture"
  if grep -q '"errors"' "$capture"; then echo "the query itself fails: $(head -c 400 "$capture")" >&2; exit 1; fi
  run_wrk "$1 graphql" "$2" "$3"; local graphql=$LAST_RPS
  # the same requests with Cache-Control: no-cache: every answer computed, none replayed from the response cache
  run_wrk "$1 graphql, computed (no-cache)" "$2" "$3" no-cache; local computed=$LAST_RPS
  dotnet "$BARE_DLL" --urls "http://127.0.0.1:$BARE_PORT" --file "$capture" >/dev/null 2>&1 &
  local bare_pid=$!; PIDS+=($bare_pid)
  wait_ready "http://127.0.0.1:$BARE_PORT/healthz" 60
  run_wrk "$1 bare ($(stat -c %s "$capture") B)" "$BARE_PORT" "$3"; local bare=$LAST_RPS
  stop "$bare_pid"
  python3 -c 'import sys; g, c, b = map(float, sys.argv[2:5]); print(f"{sys.argv[1]:<44} graphql/bare = {g/b*100:.0f}%, computed/bare = {c/b*100:.0f}%")' \
    "$1" "$graphql" "$computed" "$bare" | tee -a "$WORK/results.txt"
}

stats() { # port
  curl -fs -X POST "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' \
    --data '{"query":"{ stats { actors relations documents failedDocuments relationsByType { type count } } }"}'
}

NEIGHBOURHOOD='query N($a: ID!, $d: Int) { neighbourhood(actor: $a, depth: $d) { truncated nodes { hops actor { id name kind } } edges { id type date status source { id } target { id } citation { quote document { id title } } } } }'
PATHS='query P($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxHops: 4, k: 3) { length actors { id name } hops { from { id } to { id } relations { type date status citation { quote document { id title } } } } } }'

: >"$WORK/results.txt"
echo "== load: $CONNECTIONS connections, $DURATION per run, $(nproc) cores, $(date -u +%FT%TZ)" | tee -a "$WORK/results.txt"

# --- (a) seeds ------------------------------------------------------------------------------------------------
rm -rf "$WORK/seeds" && mkdir -p "$WORK/seeds/inbox"
start_krg $KRG_PORT "$WORK/seeds/graph.db" "$WORK/seeds/inbox" "$WORK/seeds/server.log"
SEEDS_PID=$LAST_PID
request_body "$NEIGHBOURHOOD" '{"a":"kim-jong-un","d":2}' "$WORK/seeds-neighbourhood.json"
request_body "$PATHS" '{"f":"sergei-shoigu","t":"unsc"}' "$WORK/seeds-paths.json"
echo "-- (a) seeds store: $(stats $KRG_PORT | head -c 200)" | tee -a "$WORK/results.txt"
compare_with_bare "seeds neighbourhood(kim-jong-un, depth 2)" $KRG_PORT "$WORK/seeds-neighbourhood.json"
compare_with_bare "seeds paths(shoigu->unsc, 4 hops, k 3)" $KRG_PORT "$WORK/seeds-paths.json"

# --- reads during writes ----------------------------------------------------------------------------------
echo "-- reads during writes: 500 documents into the inbox while wrk reads" | tee -a "$WORK/results.txt"
rm -rf "$WORK/burst" "$WORK/staging" && mkdir -p "$WORK/burst" "$WORK/staging"
mapfile -t SEED_FILES < <(find seeds -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
for i in $(seq 0 499); do
  cp "${SEED_FILES[$((i % ${#SEED_FILES[@]}))]}" "$WORK/burst/load-$(printf %03d "$i").txt"
done
cp "$WORK"/burst/* "$WORK/staging/"
BEFORE_DOCS=$(stats $KRG_PORT | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["stats"]["documents"])')
KRG_BODY_FILE="$WORK/seeds-neighbourhood.json" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/load/post.lua \
  "http://127.0.0.1:$KRG_PORT/graphql" >"$WORK/during-writes.txt" &
WRK_PID=$!
sleep 2
mv "$WORK"/staging/* "$WORK/seeds/inbox/"   # same file system: each file appears whole
wait "$WRK_PID"
printf '%-44s %s\n' "reads during 500 inbox writes" "$(grep '^RESULT' "$WORK/during-writes.txt" | sed 's/^RESULT //')" | tee -a "$WORK/results.txt"
deadline=$((SECONDS + 600))
until [[ $(stats $KRG_PORT | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["stats"]["documents"])') -ge $((BEFORE_DOCS + 500)) ]]; do
  if (( SECONDS > deadline )); then echo "inbox not drained after 600 s" >&2; exit 1; fi
  sleep 1
done
LIVE=$(stats $KRG_PORT)
stop "$SEEDS_PID"

rm -rf "$WORK/quiet" && mkdir -p "$WORK/quiet/inbox"
dotnet "$KRG_DLL" ingest seeds "$WORK/burst" --store "$WORK/quiet/graph.db" >"$WORK/quiet/ingest.log" 2>&1 || true
start_krg $QUIET_PORT "$WORK/quiet/graph.db" "$WORK/quiet/inbox" "$WORK/quiet/server.log"
QUIET_PID=$LAST_PID
QUIET=$(stats $QUIET_PORT)
stop "$QUIET_PID"
echo "live : $LIVE" | tee -a "$WORK/results.txt"
echo "quiet: $QUIET" | tee -a "$WORK/results.txt"
if [[ "$LIVE" == "$QUIET" ]]; then echo "counts after concurrent ingest == quiet ingest: YES" | tee -a "$WORK/results.txt"
else echo "counts after concurrent ingest == quiet ingest: NO" | tee -a "$WORK/results.txt"; fi

# --- (b) 1,000,000-relation synthetic store ------------------------------------------------------------
if (( SKIP_SYNTHETIC == 0 )); then
  GRAPH_DB=${KRG_GRAPH_DB:-$WORK/synthetic/graph.db}
  if [[ ! -f "$GRAPH_DB" ]]; then
    echo "== building the 1,000,000-relation store with bench/KoreaRussiaGraph.Benchmarks.Graph (minutes)"
    dotnet run -c Release --project bench/KoreaRussiaGraph.Benchmarks.Graph -- --work "$(dirname "$GRAPH_DB")" --queries 10 --skip-peers | tail -n 8
  fi
  mkdir -p "$WORK/synthetic/inbox"
  start_krg $KRG_PORT "$GRAPH_DB" "$WORK/synthetic/inbox" "$WORK/synthetic/server.log"
  SYN_PID=$LAST_PID
  echo "-- (b) synthetic store: $(stats $KRG_PORT | head -c 120)" | tee -a "$WORK/results.txt"
  # depth 1: at depth 2 this actor reaches the Zipf hubs and the induced subgraph is 200 actors and ~14,000
  # relations (a 4.3 MB answer that not even the bare endpoint serves to 64 connections on 2 cores)
  request_body "$NEIGHBOURHOOD" '{"a":"actor-005000","d":1}' "$WORK/synthetic-neighbourhood.json"
  request_body "$PATHS" '{"f":"actor-005000","t":"actor-000042"}' "$WORK/synthetic-paths.json"
  compare_with_bare "1M neighbourhood(actor-005000, depth 1)" $KRG_PORT "$WORK/synthetic-neighbourhood.json"
  compare_with_bare "1M paths(actor-005000->actor-000042, 4, 3)" $KRG_PORT "$WORK/synthetic-paths.json"
  stop "$SYN_PID"
fi

echo "== results in $WORK/results.txt"
