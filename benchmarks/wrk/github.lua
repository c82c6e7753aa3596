-- wrk script for benchmarks/e2e.sh: GitHub push deliveries, each correctly signed (X-Hub-Signature-256 covers the
-- body, taken from a pre-generated file of distinct signed bodies) and each with a delivery id (X-GitHub-Delivery,
-- the idempotency key) that no other request of this server process carries: "<run tag>-<thread>-<counter>".
-- Usage: wrk ... -s github.lua http://127.0.0.1:PORT -- <requests.lua> <run tag>

local requests = {}
local tag = "run"
local counter = 0
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

function init(args)
    requests = dofile(args[1])
    tag = (args[2] or "run") .. "-" .. tostring(tid) .. "-"
end

function request()
    counter = counter + 1
    local r = requests[(counter % #requests) + 1]
    return wrk.format("POST", "/webhooks/github", {
        ["Content-Type"] = "application/json",
        ["User-Agent"] = "GitHub-Hookshot/8d4e6f1",
        ["X-GitHub-Event"] = "push",
        ["X-GitHub-Delivery"] = tag .. counter,
        ["X-Hub-Signature-256"] = r.sig,
    }, r.body)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
        e.status, e.connect + e.read + e.write + e.timeout))
end
