#!/usr/bin/env bash
# Benchmark: how fast does FlowDeck turn the reference scenario's hang into a verdict?
# Runs `doctor --demo=before --json` (black-holed public endpoint) and `doctor --demo --json` N times
# and prints the median wall time of the whole process and the median elapsedMs of the check itself.
# Targets (issue 3): verdict <= 3 s from the start of the check; the whole command under 3 s.
#   bench/doctor-verdict.sh [RUNS]      (needs `mvn package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/flowdeck.jar
[ -f "$jar" ] || { echo "build first: mvn package" >&2; exit 2; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
for scenario in before after; do
    walls=(); checks=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        out=$(java -jar "$jar" doctor --demo="$scenario" --json 2>/dev/null || true)
        walls+=($(( ($(date +%s%N) - start) / 1000000 )))
        checks+=("$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["elapsedMs"])')")
    done
    printf 'doctor --demo=%-6s runs=%d  median wall %5d ms  median check %5d ms\n' "$scenario" "$runs" \
        "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${checks[@]}" | median)"
done
