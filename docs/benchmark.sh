#!/usr/bin/env bash
# Times `java -jar target/leafpress.jar build` over the bundled sources: median wall time and
# the largest peak RSS of N cold runs (default 5). Run `mvn -q package -DskipTests` first.
# Usage: docs/benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
times=()
peak=0
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/t" java -jar target/leafpress.jar build --output "$out/site" > /dev/null
  read -r wall rss < "$out/t"
  times+=("$wall")
  (( rss > peak )) && peak=$rss
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "runs: $runs  wall: ${times[*]} s  median: $median s  peak RSS: $((peak / 1024)) MB  (nproc $(nproc))"
