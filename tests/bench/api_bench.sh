#!/usr/bin/env bash
# The API benchmark (README "Benchmarks"; targets: ../shared/spec/api.md "Server library").
# wrk, on loopback, against a bare Qt HttpServer route (bench_hello_server: the baseline,
# measured at the start and at the end of the run) and against `billing-api serve` on
# SQLite and on a private PostgreSQL: a list-page read, a mixed read/write workload, the
# reads while a login at interactive Argon2id cost is in flight, and (PostgreSQL) two server
# processes on one database. Every figure is also shown against the hello route of the same
# run. Builds nothing; starts and stops all it needs; `--help` for the options.
#
# Exit: 0 every target met, 1 a target missed, 2 bad options, 3 could not run,
# 77 wrk (or curl) missing: skipped (the `bench` target goes on with the others).
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
script="$here/api_bench.lua"
postgres_server="$repo_root/tests/postgres/postgres-server"

usage() {
    cat <<'EOF'
Usage: tests/bench/api_bench.sh [options]
       build/tests/bench/api_bench [options]   (the same, with this build's executables)

Measures the billing API server with wrk on 127.0.0.1 against a bare Qt HttpServer route
measured in the same run, and prints a table with PASS or FAIL per target:
  - store-backed reads (the orders list page): at least 30% of the hello route's
    requests/s, with p99 under 10 ms;
  - the same reads while a login at interactive Argon2id cost is always in flight (a
    server with --password-cost interactive): p99 under 20 ms.
Also measured, without a target: GET /v1/version (the token check alone), a mixed workload
(1 request in 10 a card purchase with an Idempotency-Key of its own) and, on PostgreSQL, two
server processes on one database (each of wrk's 2 threads talks to one of them).
The store is a fresh copy of the demo story with an operator `bench` (made by `serve --demo`),
served without --demo; on PostgreSQL a private server (tests/postgres/postgres-server).

Options:
  --seconds N          length of each measurement (default 5; plus 1 s of warm-up)
  --connections N      keep-alive connections of wrk (default 32; wrk runs 2 threads)
  --skip-postgres      SQLite only (PostgreSQL also is skipped when not installed)
  --build-dir DIR      find the executables in this build folder (default: build/)
  --billing-api PATH   the billing-api executable (default: DIR/app/billing-api/billing-api)
  --hello-server PATH  the baseline (default: DIR/tests/bench/bench_hello_server)
  -h, --help           this help

Needs wrk and curl (Debian: apt-get install wrk curl); PostgreSQL's server binaries for
the PostgreSQL rows (started privately by tests/postgres/postgres-server). Build first:
  cmake --build build --target billing-api bench_hello_server
Exit status: 0 all targets met, 1 a target missed, 2 bad options, 3 could not run,
77 wrk or curl not installed (skipped).
EOF
}

die_usage() {
    printf 'api_bench: %s\nTry --help.\n' "$1" >&2
    exit 2
}
die() {
    printf 'api_bench: %s\n' "$1" >&2
    exit 3
}

seconds=5
connections=32
threads=2
write_every=10
skip_postgres=false
build_dir="$repo_root/build"
billing_api=""
hello_server=""

while (($# > 0)); do
    option=$1
    shift
    case "$option" in
    -h | --help)
        usage
        exit 0
        ;;
    --skip-postgres) skip_postgres=true ;;
    --seconds | --connections | --build-dir | --billing-api | --hello-server)
        if (($# == 0)) || [[ "$1" == --* ]]; then
            die_usage "$option needs a value."
        fi
        value=$1
        shift
        case "$option" in
        --seconds)
            [[ "$value" =~ ^[1-9][0-9]*$ ]] || die_usage "--seconds needs a whole number of seconds."
            seconds=$value
            ;;
        --connections)
            if ! [[ "$value" =~ ^[1-9][0-9]*$ ]] || ((value < threads)); then
                die_usage "--connections needs a number of at least $threads."
            fi
            connections=$value
            ;;
        --build-dir) build_dir=$value ;;
        --billing-api) billing_api=$value ;;
        --hello-server) hello_server=$value ;;
        esac
        ;;
    *) die_usage "unknown option '$option'." ;;
    esac
done

billing_api=${billing_api:-$build_dir/app/billing-api/billing-api}
hello_server=${hello_server:-$build_dir/tests/bench/bench_hello_server}
for tool in wrk curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "api_bench: SKIPPED: $tool is not installed (Debian: apt-get install $tool;" \
            ".ci/dev bench installs it). The API benchmark needs it."
        exit 77
    fi
done
for executable in "$billing_api" "$hello_server"; do
    [[ -x "$executable" ]] || die "$executable not found: build it first" \
        "(cmake --build build --target billing-api bench_hello_server)."
done

work=$(mktemp -d "${TMPDIR:-/tmp}/oc-api-bench.XXXXXX")
declare -A running=() # pid -> name, of what this script started
postgres_state=""

# SIGTERM, 5 s to finish, then SIGKILL (counted and reported: a server should stop on
# SIGTERM once it has answered the requests in flight).
killed=()
stop_process() {
    local pid=$1 waited=0
    {
        kill -TERM "$pid" || true
        while kill -0 "$pid" && ((waited < 50)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -KILL "$pid"; then
            killed+=("${running[$pid]:-$pid}")
        fi
        wait "$pid" || true
    } 2>/dev/null # also bash's own "Killed" notice
    unset "running[$pid]"
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${!running[@]}"; do
        stop_process "$pid"
    done
    if [[ -n "$postgres_state" ]]; then
        "$postgres_server" stop "$postgres_state" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_server NAME COMMAND...: starts it in the background and waits until it prints where
# it listens; sets server_pid and server_port. Its stderr (the server's log) goes to a file.
start_server() {
    local name=$1 waited=0
    shift
    "$@" >"$work/$name.out" 2>"$work/$name.log" &
    server_pid=$!
    running[$server_pid]=$name
    until grep -qs "listening on http://" "$work/$name.out"; do
        if ! kill -0 "$server_pid" 2>/dev/null || ((waited >= 1800)); then
            echo "api_bench: $name did not start listening; its log ends:" >&2
            tail -n 20 "$work/$name.log" >&2
            exit 3
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    server_port=$(sed -n 's|.*listening on http://.*:\([0-9][0-9]*\).*|\1|p' "$work/$name.out" | head -n 1)
}

list_body='{"view":"orders","search":"","filters":{},"sortColumn":"","descending":false,"offset":0,"limit":50,"withTotal":true,"knownTotal":-1}'

# api PORT TOKEN PATH BODY: POSTs BODY; prints the body, fails unless the status is 200.
api() {
    local answer status
    answer=$(curl -sS --max-time 60 -w '\n%{http_code}' -H "Authorization: Bearer $2" \
        -H 'Content-Type: application/json' --data "$4" "http://127.0.0.1:$1$3") ||
        die "POST $3 failed."
    status=${answer##*$'\n'}
    [[ "$status" == 200 ]] || die "POST $3 answered $status: ${answer%$'\n'*}"
    printf '%s' "${answer%$'\n'*}"
}

# The time wrk prints (850.00us, 2.50ms, 1.02s, 1.00m) in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        f = u == "us" ? 0.001 : u == "ms" ? 1 : u == "s" ? 1000 : u == "m" ? 60000 : -1
        if (f < 0) print "nan"; else printf "%.2f", n * f }'
}

# run_wrk OUT URL [NAME=VALUE...] -- WRK-OPTIONS...: wrk with the script (unless URL ends
# in /hello) and the environment given.
run_wrk() {
    local out=$1 url=$2
    shift 2
    local environment=()
    while (($# > 0)) && [[ "$1" != -- ]]; do
        environment+=("$1")
        shift
    done
    shift
    local with_script=(-s "$script")
    [[ "$url" == */hello ]] && with_script=()
    env "${environment[@]}" wrk "$@" --latency "${with_script[@]}" "$url" >"$out" 2>&1 ||
        die "wrk failed: $(tail -n 3 "$out")"
}

# Results, one row per measurement.
row_store=() row_workload=() row_processes=() row_rps=() row_p99=() row_bad=() row_target=()
row_note=()

# measure STORE WORKLOAD PROCESSES TARGET URL [NAME=VALUE...]: 1 s of warm-up, then the
# measurement; appends a row. TARGET: hello, read, login or none.
measure() {
    local store=$1 workload=$2 processes=$3 target=$4 url=$5
    shift 5
    local out="$work/wrk-${#row_rps[@]}.txt"
    run_wrk /dev/null "$url" "$@" -- -t"$threads" -c"$connections" -d1s --timeout 10s
    # The servers' logs (a line per answer) from here on tell the statuses other than 200
    # (but for the logins of the login client, refused by design).
    local log logs=() logged=() pid
    for pid in "${!running[@]}"; do
        [[ ! -f "$work/${running[$pid]}.log" ]] || logs+=("$work/${running[$pid]}.log")
    done
    for log in "${logs[@]}"; do
        logged+=("$(wc -l <"$log")")
    done
    run_wrk "$out" "$url" "$@" -- -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s
    local i statuses=""
    for i in "${!logs[@]}"; do
        statuses+=$(tail -n +"$((logged[i] + 1))" "${logs[$i]}")$'\n'
    done
    statuses=$(printf '%s' "$statuses" | awk '$1 == "oc.api:" && $4 != 200 && $3 != "/v1/logins" { n[$2 " " $3 " " $4]++ }
        END { for (k in n) printf "%s%s x%d", (c++ ? ", " : ""), k, n[k] }')
    local rps p99 non2xx errors
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")
    errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
    row_store+=("$store")
    row_workload+=("$workload")
    row_processes+=("$processes")
    row_rps+=("${rps:-0}")
    row_p99+=("${p99:-nan}")
    row_bad+=("$((${non2xx:-0} + ${errors:-0}))")
    row_target+=("$target")
    row_note+=("${statuses:+answers other than 200: $statuses}")
}

# The hello route.
start_hello() {
    start_server hello "$hello_server"
    hello_pid=$server_pid
    hello_port=$server_port
}

# The store-backed rows of one store. LOCATION: the --database argument.
bench_store() {
    local store=$1 location=$2 with_two=$3
    local tokens="$work/tokens-$store"
    local minimum=(--password-cost minimum --listen 127.0.0.1:0)

    # A fresh copy of the demo story with an operator: `serve --demo` makes it. The servers
    # measured open that copy without --demo, so that it is not replaced at each start and
    # two of them can share it; it still carries the demo's clock and id sequence (meta),
    # so they behave as a demo server does (every write takes the id sequence's row).
    start_server "$store-demo" "$billing_api" serve --demo --database "$location" \
        --operator bench --token-dir "$tokens" "${minimum[@]}"
    local token buyer
    token=$(head -n 1 "$tokens/bench.token")
    buyer=$(api "$server_port" "$token" /v1/lists/huaweiAccounts/page \
        '{"view":"huaweiAccounts","search":"lianyun-tech","filters":{},"sortColumn":"","descending":false,"offset":0,"limit":50,"withTotal":false,"knownTotal":-1}' |
        sed -n 's/.*\["\([^"]*\)","[^"]*","lianyun-tech".*/\1/p')
    [[ -n "$buyer" ]] || die "the demo buyer lianyun-tech was not found on $store."
    stop_process "$server_pid"
    local common=(BENCH_TOKEN="$token" BENCH_BUYER="$buyer" BENCH_WRITE_EVERY="$write_every"
        BENCH_RUN="$store-$$-$RANDOM")

    echo "[$(date +%T)]   $store: 1 process" >&2
    start_server "$store-1" "$billing_api" serve --database "$location" "${minimum[@]}"
    api "$server_port" "$token" /v1/lists/orders/page "$list_body" >/dev/null
    measure "$store" "GET /v1/version" 1 none "http://127.0.0.1:$server_port/" "${common[@]}" \
        BENCH_WORKLOAD=version
    measure "$store" "list page" 1 read "http://127.0.0.1:$server_port/" "${common[@]}" \
        BENCH_WORKLOAD=list
    stop_process "$server_pid"

    if $with_two; then
        echo "[$(date +%T)]   $store: 2 processes" >&2
        start_server "$store-2a" "$billing_api" serve --database "$location" "${minimum[@]}"
        local first_pid=$server_pid first_port=$server_port
        start_server "$store-2b" "$billing_api" serve --database "$location" "${minimum[@]}"
        local ports=(BENCH_PORTS="$first_port,$server_port")
        measure "$store" "list page" 2 read "http://127.0.0.1:$first_port/" "${common[@]}" \
            "${ports[@]}" BENCH_WORKLOAD=list
        stop_process "$server_pid"
        stop_process "$first_pid"
    fi

    # The reads while one login at interactive cost is always in flight: a second wrk with
    # one connection sends logins of an unknown member back to back (each refused after
    # the Argon2id check; an unknown member is never locked out, R-ORG-6).
    echo "[$(date +%T)]   $store: a login in flight" >&2
    start_server "$store-login" "$billing_api" serve --database "$location" \
        --password-cost interactive --listen 127.0.0.1:0
    local url="http://127.0.0.1:$server_port/" login_out="$work/wrk-login-$store.txt"
    # One login alone first (the server makes its decoy hash on the first one).
    local alone
    alone=$(curl -sS -o /dev/null --max-time 60 -w '%{time_total}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: bench-login-$$-$RANDOM" \
        --data '{"loginName":"bench-nobody@qiming","password":"Wrong#2026pw"}' "${url}v1/logins") ||
        die "POST /v1/logins failed."
    env "${common[@]}" BENCH_WORKLOAD=login wrk -t1 -c1 -d"$((seconds + 4))s" --timeout 30s \
        --latency -s "$script" "$url" >"$login_out" 2>&1 &
    local login_pid=$!
    running[$login_pid]="login client"
    sleep 1
    measure "$store" "list page, a login in flight" 1 login "$url" "${common[@]}" \
        BENCH_WORKLOAD=list
    wait "$login_pid" || true
    unset "running[$login_pid]"
    local logins login_avg
    logins=$(awk '/requests in/ { print $1 }' "$login_out")
    login_avg=$(to_ms "$(awk '$1 == "Latency" { print $2; exit }' "$login_out")")
    local last=$((${#row_note[@]} - 1))
    row_note[last]="login client: ${logins:-0} logins, ${login_avg} ms each on average; $(
        awk -v t="$alone" 'BEGIN { printf "%.0f", t * 1000 }') ms for one alone${row_note[last]:+; ${row_note[last]}}"
    [[ "${logins:-0}" -gt 0 ]] || row_bad[last]=$((row_bad[last] + 1))
    stop_process "$server_pid"

    # The writes last: the mixed workload adds thousands of orders, cards and journal
    # entries, and every read above is measured on the demo story as it was made.
    echo "[$(date +%T)]   $store: writes" >&2
    start_server "$store-w1" "$billing_api" serve --database "$location" "${minimum[@]}"
    measure "$store" "mixed, 1 in $write_every writes" 1 none "http://127.0.0.1:$server_port/" \
        "${common[@]}" BENCH_WORKLOAD=mixed
    stop_process "$server_pid"
    if $with_two; then
        start_server "$store-w2a" "$billing_api" serve --database "$location" "${minimum[@]}"
        local first_pid=$server_pid first_port=$server_port
        start_server "$store-w2b" "$billing_api" serve --database "$location" "${minimum[@]}"
        local ports=(BENCH_PORTS="$first_port,$server_port")
        measure "$store" "mixed, 1 in $write_every writes" 2 none \
            "http://127.0.0.1:$first_port/" "${common[@]}" "${ports[@]}" BENCH_WORKLOAD=mixed
        stop_process "$server_pid"
        stop_process "$first_pid"
    fi
}

cpus=$(nproc)
echo "API benchmark: $(wrk --version 2>&1 | head -n 1 | awk '{print $1, $2}'), $connections" \
    "keep-alive connections, $threads threads, ${seconds} s per measurement, 127.0.0.1," \
    "$cpus CPUs (load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)"
echo "billing-api: $billing_api" >&2

echo "[$(date +%T)]   the hello route" >&2
start_hello
measure "-" "hello route (before)" 1 hello "http://127.0.0.1:$hello_port/hello"
stop_process "$hello_pid"

mkdir -p "$work/sqlite"
bench_store SQLite "$work/sqlite/bench.sqlite" false

postgres_note=""
if $skip_postgres; then
    postgres_note="PostgreSQL: skipped (--skip-postgres)."
else
    postgres_state="$work/postgres"
    "$postgres_server" start "$postgres_state" >&2 || die "the private PostgreSQL did not start."
    postgres_url=$(cat "$postgres_state.url")
    if [[ -z "$postgres_url" ]]; then
        postgres_note="PostgreSQL: skipped (not installed)."
    else
        bench_store PostgreSQL "${postgres_url%/*}/oc_bench" true
    fi
fi

echo "[$(date +%T)]   the hello route again" >&2
start_hello
measure "-" "hello route (after)" 1 hello "http://127.0.0.1:$hello_port/hello"
stop_process "$hello_pid"

# The baseline: the mean of the hello route before and after (the machine may have got
# busier or quieter in between; both are printed).
read -r hello_rps hello_p99 < <(awk -v r1="${row_rps[0]}" -v r2="${row_rps[${#row_rps[@]} - 1]}" \
    -v p1="${row_p99[0]}" -v p2="${row_p99[${#row_p99[@]} - 1]}" \
    'BEGIN { printf "%.2f %.2f\n", (r1 + r2) / 2, (p1 + p2) / 2 }')

echo
printf '%-10s  %-30s  %5s  %9s  %8s  %8s  %8s  %s\n' store workload procs "req/s" "p99 ms" \
    "req/s %" "p99 x" "result (target)"
printf '%-10s  %-30s  %5s  %9s  %8s  %8s  %8s  %s\n' "" "" "" "" "" "of hello" "of hello" ""
failed=0
for i in "${!row_rps[@]}"; do
    read -r share factor < <(awk -v r="${row_rps[$i]}" -v p="${row_p99[$i]}" \
        -v hr="$hello_rps" -v hp="$hello_p99" \
        'BEGIN { printf "%.1f %.1f\n", (hr > 0 ? 100 * r / hr : 0), (hp > 0 ? p / hp : 0) }')
    verdict=""
    case "${row_target[$i]}" in
    hello) verdict="baseline" ;;
    none) verdict="-" ;;
    read)
        if awk -v s="$share" -v p="${row_p99[$i]}" 'BEGIN { exit !(s >= 30 && p < 10) }'; then
            verdict="PASS (>= 30%, p99 < 10 ms)"
        else
            verdict="FAIL (>= 30%, p99 < 10 ms)"
        fi
        ;;
    login)
        if awk -v p="${row_p99[$i]}" 'BEGIN { exit !(p < 20) }'; then
            verdict="PASS (p99 < 20 ms)"
        else
            verdict="FAIL (p99 < 20 ms)"
        fi
        ;;
    esac
    # Failed requests spoil a target's figures; without a target they are shown in the note.
    if ((row_bad[i] > 0)) && [[ "$verdict" != - ]]; then
        verdict="FAIL (${row_bad[$i]} errors or non-2xx answers)"
    elif ((row_bad[i] > 0)); then
        verdict="- (${row_bad[$i]} errors or non-2xx answers)"
    fi
    [[ "$verdict" == FAIL* ]] && failed=1
    printf '%-10s  %-30s  %5s  %9.0f  %8.2f  %8s  %8s  %s\n' "${row_store[$i]}" \
        "${row_workload[$i]}" "${row_processes[$i]}" "${row_rps[$i]}" "${row_p99[$i]}" \
        "$share" "$factor" "$verdict"
    [[ -z "${row_note[$i]}" ]] || printf '%-10s  %-30s  %s\n' "" "" "(${row_note[$i]})"
done
echo
echo "Ratios are against the mean of the two hello-route measurements ($hello_rps req/s," \
    "p99 $hello_p99 ms). 2 processes: each wrk thread talks to one server (16 connections each)."
[[ -z "$postgres_note" ]] || echo "$postgres_note"
if ((${#killed[@]} > 0)); then
    echo "Not stopped within 5 s of SIGTERM, killed: ${killed[*]}."
fi
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($cpus CPUs; wrk and the servers share them)."
if ((failed)); then
    echo "api_bench: FAIL (a target was missed; see above)"
    exit 1
fi
echo "api_bench: PASS"
