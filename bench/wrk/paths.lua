-- wrk script of the OneGrid benchmark: cycles through a list of request paths, one per line, read
-- from the file given after `--` (wrk -s paths.lua http://127.0.0.1:PORT -- list.txt). Each wrk
-- thread starts at its own place in the list, so the threads do not ask for the same thing at the
-- same moment. At the end it prints one machine-readable line that bench/run parses:
--   WRK_RESULT requests=N bytes=N duration_us=N p50_us=N p99_us=N mean_us=N max_us=N
--              connect=N read=N write=N status=N timeout=N
-- (bytes are read from the socket: status line, headers and body; latencies in microseconds;
-- status counts responses whose status is 400 or above).

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths = {}
local index = 1

function init(args)
  local file = args[1]
  if file == nil then
    error("usage: wrk -s paths.lua URL -- <file with one path per line>")
  end
  for line in io.lines(file) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. file)
  end
  -- Thread k starts (k * 0.618...) of the way into the list (golden-ratio spacing, so any number
  -- of threads start far apart).
  index = (math.floor(#paths * ((id * 0.6180339887) % 1))) % #paths + 1
end

function request()
  local path = paths[index]
  index = index + 1
  if index > #paths then
    index = 1
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format(
    "WRK_RESULT requests=%d bytes=%d duration_us=%d p50_us=%d p99_us=%d mean_us=%d max_us=%d"
      .. " connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.bytes, summary.duration,
    latency:percentile(50), latency:percentile(99), math.floor(latency.mean), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
