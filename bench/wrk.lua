-- Drives one scenario of bench/production.py. BENCH_REQUESTS names a Lua file
-- that returns a list of requests {method, path, headers, body}; each wrk
-- thread cycles through its share of them. done() prints one JSON line that
-- the runner reads (latencies in microseconds).
local spec = dofile(os.getenv("BENCH_REQUESTS"))
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
local created = 0

function setup(thread)
  thread:set("thread_id", created)
  created = created + 1
end

local mine = {}
local index = 0

function init(args)
  for i, item in ipairs(spec) do
    if (i - 1) % nthreads == thread_id or #spec < nthreads then
      table.insert(mine, wrk.format(item.method, item.path, item.headers, item.body))
    end
  end
end

function request()
  index = index % #mine + 1
  return mine[index]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "socket_errors": %d, "status_errors": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
