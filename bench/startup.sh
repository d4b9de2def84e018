#!/usr/bin/env bash
# Start-up benchmark: does FlowDeck paint its first flows in no more time than the AWS CLI takes to print them?
# In one run: the AWS CLI's `mediaconnect list-flows` against the standalone `mock-server`, and the packaged
# app's `--demo --smoke`, RUNS times each, alternating. Both are timed the same way, from the process's start
# to its exit (FlowDeck exits right after its first flows are painted; one Xvfb serves every FlowDeck run, so
# the display's own start is not counted). Prints both medians, their ratio (target <= 1.0), and FlowDeck's
# own milestones (median ms since its JVM started) to show where its time goes.
#   bench/startup.sh [RUNS] [LAUNCHER]
# LAUNCHER defaults to the installed /opt/flowdeck/bin/flowdeck, else target/dist/flowdeck/bin/flowdeck
# (mvn -Ppackage package), else `java -jar target/flowdeck.jar`. Needs: aws (AWS CLI), Xvfb, python3.
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
for tool in aws Xvfb python3; do command -v "$tool" >/dev/null || { echo "needs $tool on PATH" >&2; exit 2; }; done
[ -f target/flowdeck.jar ] || { echo "build first: mvn package" >&2; exit 2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

port=$(( 20000 + RANDOM % 20000 ))
display=:$(( 500 + RANDOM % 400 ))
java -jar target/flowdeck.jar mock-server --bind 127.0.0.1 --port "$port" >/dev/null 2>&1 &
server=$!
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $server $xvfb 2>/dev/null' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
sleep 1

export AWS_ACCESS_KEY_ID=benchmark-not-a-key AWS_SECRET_ACCESS_KEY=bench-secret AWS_DEFAULT_REGION=ap-northeast-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
home=$(mktemp -d)
cli=(); app=(); lines=()
for _ in $(seq "$runs"); do
    start=$(now_ms)
    out=$(aws mediaconnect list-flows --endpoint-url "http://127.0.0.1:$port" --output json)
    cli+=($(( $(now_ms) - start )))
    count=$(printf '%s' "$out" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["Flows"]))')
    [ "$count" -gt 0 ] || { echo "the CLI printed no flows" >&2; exit 1; }

    start=$(now_ms)
    line=$(HOME="$home" DISPLAY="$display" $launcher --demo --smoke 2>/dev/null | tail -1)
    app+=($(( $(now_ms) - start )))
    lines+=("$line")
done
printf '%s\n' "${lines[@]}" | python3 -c '
import json, statistics, sys
cli, app, launcher, count = [int(x) for x in sys.argv[1].split()], [int(x) for x in sys.argv[2].split()], sys.argv[3], sys.argv[4]
runs = [json.loads(l) for l in sys.stdin if l.strip()]
med = lambda xs: int(statistics.median(xs))
c, a = med(cli), med(app)
print("launcher: %s" % launcher)
print("aws mediaconnect list-flows (%s flows), process start to exit: median %5d ms over %d runs" % (count, c, len(cli)))
print("FlowDeck --demo --smoke, process start to exit:       median %5d ms over %d runs" % (a, len(app)))
print("ratio FlowDeck / CLI: %.2f (target <= 1.0)" % (a / c))
keys = ["mainMs", "toolkitMs", "windowShownMs", "clientReadyMs", "firstAnswerMs", "firstFlowsPaintedMs"]
print("FlowDeck milestones, median ms since its JVM started: " + ", ".join("%s %d" % (k, med([r[k] for r in runs])) for k in keys))
' "${cli[*]}" "${app[*]}" "$launcher" "$count"
rm -rf "$home"
