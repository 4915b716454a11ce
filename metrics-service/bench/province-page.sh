#!/usr/bin/env bash
# Times metrics-service's province page with 10,000 articles stored. Creates a fresh PostgreSQL database
# (127.0.0.1:5432, user postgres), starts the built service on it (reads need no broker), loads
# province-10k.sql, then times each request BENCH_RUNS times after two warm-up calls and prints the
# median, fastest and slowest time and the answer's size. Build first: ./mvnw -B -q -pl metrics-service -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-tuopin_bench_$$}
port=${BENCH_PORT:-18083}
runs=${BENCH_RUNS:-10}
heap=${BENCH_HEAP:-512m}
jar=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
log=target/bench-service.log
psql() { command psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }

psql -d postgres -c "create database $db"
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 QUARKUS_HTTP_PORT=$port METRICS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  METRICS_DB_USER=postgres METRICS_DB_PASSWORD= java "-Xmx$heap" -jar "$jar" > "$log" 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  [ -n "${BENCH_KEEP:-}" ] || psql -d postgres -c "drop database if exists $db with (force)"
}
trap cleanup EXIT
until curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; do
  kill -0 "$service" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
psql -d "$db" -f bench/province-10k.sql

measure() { # label, path
  local url="http://127.0.0.1:$port$2" times=() size=0 status
  for _ in 1 2; do curl -s -o /dev/null "$url" || true; done
  for _ in $(seq "$runs"); do
    read -r status t size < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "$url")
    [ "$status" = 200 ] || { echo "$1: HTTP $status"; tail -5 "$log"; return; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" -v size="$size" '{ t[NR] = $1 }
    END { printf "%-40s median %.3f s  fastest %.3f s  slowest %.3f s  %d bytes\n", label, t[int((NR + 1) / 2)], t[1], t[NR], size }'
}
measure "province page /api/regions/140000" /api/regions/140000
measure "articles of the province, size=200" "/api/articles?region=140000&size=200"
measure "search q=贫困发生率下降 size=20" "/api/articles?q=%E8%B4%AB%E5%9B%B0%E5%8F%91%E7%94%9F%E7%8E%87%E4%B8%8B%E9%99%8D&size=20"
measure "search q=无此内容 (no match) size=20" "/api/articles?q=%E6%97%A0%E6%AD%A4%E5%86%85%E5%AE%B9&size=20"
measure "articles of the province, page 400" "/api/articles?region=140000&size=20&page=400"
echo "service RSS: $(grep VmRSS /proc/$service/status | tr -s ' ')"
