-- wrk script: optional cache-busting paths, and one JSON line with the results.
-- BENCH_BUST=<token> adds a new `_` query parameter to every request (a cache miss each
-- time); the token is new for every run, so a later run never meets an earlier run's keys.

local bust = os.getenv("BENCH_BUST") or ""
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function request()
  if bust == "" then
    return wrk.request()
  end
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "_=" .. bust .. "-" .. thread_id .. "-" .. counter)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "bytes": %d, "p50_ms": %.3f, "p99_ms": %.3f, '
      .. '"errors": %d, "bad_status": %d}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status
  ))
end
