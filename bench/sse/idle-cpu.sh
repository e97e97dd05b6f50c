#!/usr/bin/env bash
# Idle cost of graphChanged subscriptions (issue 18): starts krg on an empty store, measures the CPU time the server
# process uses over an idle period with no subscription, then with N open GraphQL-over-SSE subscriptions (curl), and
# prints both. The server's own idle work (inbox rescan, change-log poll) is the same in both runs, so the difference
# is what the subscriptions cost.
#   bench/sse/idle-cpu.sh [subscriptions=100] [seconds=30]
set -euo pipefail
subscriptions=${1:-100}
seconds=${2:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build "$root/src/Krg" -c Release -v q -nologo > /dev/null
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port/graphql"
dotnet "$root/src/Krg/bin/Release/net10.0/krg.dll" serve --urls="http://127.0.0.1:$port" --Store:Path="$work/graph.db" \
  --Ingestion:InboxPath="$work/inbox" --Seeds:Path="$work/no-seeds" > "$work/server.log" 2>&1 &
server=$!
curls=()
cleanup() { for c in "${curls[@]}"; do kill "$c" 2> /dev/null || true; done; kill "$server" 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
until curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ stats { actors } }"}' "$url"; do sleep 0.5; done

ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }   # user + system, in clock ticks
hz=$(getconf CLK_TCK)
measure() { local a b; a=$(ticks); sleep "$seconds"; b=$(ticks); echo "scale=3; ($b - $a) / $hz" | bc; }

sleep 5
idle=$(measure)
threads_idle=$(awk '/^Threads/ {print $2}' "/proc/$server/status")

for _ in $(seq "$subscriptions"); do
  curl -sN -H 'accept: text/event-stream' -H 'content-type: application/json' \
    -d '{"query":"subscription { graphChanged { generation addedRelations } }"}' "$url" > /dev/null &
  curls+=($!)
done
sleep 5
open=$(ss -tn state established "( sport = :$port )" | tail -n +2 | wc -l)
subscribed=$(measure)
threads_subscribed=$(awk '/^Threads/ {print $2}' "/proc/$server/status")

echo "krg server CPU over ${seconds} s idle: ${idle} s with no subscription (${threads_idle} threads)"
echo "krg server CPU over ${seconds} s idle: ${subscribed} s with ${open} open graphChanged streams (${threads_subscribed} threads)"
echo "difference: $(echo "scale=3; $subscribed - $idle" | bc) s of CPU for ${open} idle subscriptions over ${seconds} s"
