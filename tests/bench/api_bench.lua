-- The requests of the API benchmark (api_bench.sh), a wrk script configured by the
-- environment:
--
--   BENCH_WORKLOAD   version GET /v1/version: the token checked, nothing else read
--                    list   POST /v1/lists/orders/page, the first page of the orders list
--                           (what a console sends on opening it); one request built once
--                    mixed  the list read, and every BENCH_WRITE_EVERY-th request a card
--                           purchase, POST /v1/orders with an Idempotency-Key of its own
--                    login  POST /v1/logins of an unknown member of a demo organization:
--                           refused after the Argon2id check of the server's cost
--   BENCH_TOKEN      the operator token (Authorization: Bearer)
--   BENCH_BUYER      mixed: the Huawei account that buys (the demo's lianyun-tech)
--   BENCH_WRITE_EVERY mixed: one write in this many requests (default 10)
--   BENCH_RUN        a word that makes the Idempotency-Keys of this run unique
--   BENCH_PORTS      optional, "PORT,PORT,...": wrk thread i talks to the i-th port (round
--                    robin), so that `wrk -t2` splits its connections evenly over two
--                    servers and reports one throughput and one latency distribution

local workload = os.getenv("BENCH_WORKLOAD") or "list"
local token = os.getenv("BENCH_TOKEN") or ""
local buyer = os.getenv("BENCH_BUYER") or ""
local writeEvery = tonumber(os.getenv("BENCH_WRITE_EVERY") or "10")
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local threads = 0
local ports = {}
for port in string.gmatch(os.getenv("BENCH_PORTS") or "", "%d+") do
    ports[#ports + 1] = port
end

-- Runs in wrk's main state, once per thread before it starts.
function setup(thread)
    threads = threads + 1
    thread:set("thread_id", threads)
    if #ports > 0 then
        local port = ports[(threads - 1) % #ports + 1]
        thread.addr = wrk.lookup(wrk.host, port)[1]
    end
end

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"

-- wrk.format() takes the headers given instead of wrk.headers (all but Host): a keyed
-- request carries the others itself.
local function keyed(key)
    return {
        ["Authorization"] = wrk.headers["Authorization"],
        ["Content-Type"] = wrk.headers["Content-Type"],
        ["Idempotency-Key"] = key,
    }
end

local listPath = "/v1/lists/orders/page"
local listBody = '{"view":"orders","search":"","filters":{},"sortColumn":"","descending":false,'
    .. '"offset":0,"limit":50,"withTotal":true,"knownTotal":-1}'

if workload == "version" then
    wrk.method = "GET"
    wrk.path = "/v1/version"
    wrk.headers["Content-Type"] = nil
elseif workload == "list" then
    -- No request() function: wrk sends this one request, built once.
    wrk.method = "POST"
    wrk.path = listPath
    wrk.body = listBody
elseif workload == "mixed" then
    local sent = 0
    local listRequest = nil
    local purchase = '{"accountId":"' .. buyer .. '","product":"stored_value_card",'
        .. '"quantity":1,"termsAccepted":true}'
    function request()
        sent = sent + 1
        if sent % writeEvery == 0 then
            local key = string.format("bench-%s-%d-%d", run, thread_id, sent)
            return wrk.format("POST", "/v1/orders", keyed(key), purchase)
        end
        if not listRequest then
            listRequest = wrk.format("POST", listPath, nil, listBody)
        end
        return listRequest
    end
elseif workload == "login" then
    local sent = 0
    local login = '{"loginName":"bench-nobody@qiming","password":"Wrong#2026pw"}'
    function request()
        sent = sent + 1
        local key = string.format("bench-login-%s-%d-%d", run, thread_id, sent)
        return wrk.format("POST", "/v1/logins", keyed(key), login)
    end
else
    error("BENCH_WORKLOAD must be version, list, mixed or login, not " .. workload)
end
