-- wrk script: POSTs the GraphQL request in $KRG_BODY_FILE and counts answers that are not a clean 200
-- (HTTP errors and GraphQL "errors" alike), so a fast wrong answer never passes for throughput.
local body_file = os.getenv("KRG_BODY_FILE")
local f = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
-- KRG_CACHE_CONTROL=no-cache makes the server compute every answer instead of replaying it from its response cache.
local cache_control = os.getenv("KRG_CACHE_CONTROL")
if cache_control and cache_control ~= "" then wrk.headers["Cache-Control"] = cache_control end

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0; hits = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
  if headers["X-Response-Cache"] == "hit" then hits = hits + 1 end
end
function done(summary, latency, requests)
  local bad_total, hits_total = 0, 0
  for _, t in ipairs(threads) do bad_total = bad_total + t:get("bad"); hits_total = hits_total + t:get("hits") end
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d bad_answers=%d non2xx=%d socket_errors=%d cache_hits=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, bad_total, e.status, e.connect + e.read + e.write + e.timeout, hits_total))
end
