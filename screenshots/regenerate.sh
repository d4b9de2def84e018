#!/usr/bin/env bash
# Regenerates every picture in screenshots/ from the product itself, so they never drift from it:
#  - windows (main window, detail panes, network panel, wall, Japanese) from the running app under Xvfb;
#  - dialogs and wall states from the headless scene tests (an Xvfb without a window manager paints
#    dialogs black), which write them to target/screenshots/.
# Needs: mvn package done or doable, and Debian's xvfb libgtk-3-0 x11-apps netpbm fonts-ipafont-gothic.
#   screenshots/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb xwd xwdtopnm pnmtopng; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb libgtk-3-0 x11-apps netpbm fonts-ipafont-gothic" >&2; exit 2; }
done
[ -f target/flowdeck.jar ] || mvn -q package -DskipTests
home=$(mktemp -d)   # no AWS configuration: the demo, and no settings of yours in the pictures
trap 'rm -rf "$home"' EXIT

# shot NAME SIZE SECONDS [ENV=VALUE...] -- ARGS...
shot() {
    local name=$1 size=$2 wait=$3; shift 3
    local env=()
    while [ "$1" != "--" ]; do env+=("$1"); shift; done; shift
    local display=:$(( 100 + RANDOM % 400 ))
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    env HOME="$home" DISPLAY="$display" "${env[@]}" java -Dprism.order=sw -jar target/flowdeck.jar "$@" >/dev/null 2>&1 &
    local app=$!
    sleep "$wait"
    DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "screenshots/$name.png"
    kill "$app" 2>/dev/null || true; sleep 1; kill -9 "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    echo "screenshots/$name.png"
}
japanese=(JAVA_TOOL_OPTIONS="-Duser.language=ja -Duser.country=JP")

shot main-window-demo 1600x900 10 -- --demo --select MediaConnectSRTFlow
shot health-column-demo 1600x900 10 -- --demo --select airport-cam-srt
shot detail-noc-failover-tokyo 1600x900 10 -- --demo --select noc-failover-tokyo
shot detail-partner-feed-entitled 1600x900 10 -- --demo --select partner-feed-entitled
shot detail-cdi-jpegxs-uhd 1600x900 10 -- --demo --select cdi-jpegxs-uhd
shot detail-MediaConnectSRTFlow 1600x900 10 -- --demo --select MediaConnectSRTFlow
shot network-panel-demo 1600x900 12 -- --demo --panel network
shot network-panel-before 1600x900 14 -- --demo=before --panel network
shot wall-demo 1920x1080 12 -- --wall --demo
shot main-window-ja 1600x900 10 "${japanese[@]}" -- --demo --select airport-cam-srt
shot wall-ja 1920x1080 12 "${japanese[@]}" -- --wall --demo
shot main-window-dark 1600x900 10 FLOWDECK_THEME=dark -- --demo --select sports-rist-main

mvn -q test -Dtest='SignInDialogTest,SettingsDialogTest,NoInputSceneTest,WallSceneTest,WallDnsOutageSceneTest' -Dsurefire.failIfNoSpecifiedTests=false
for png in connection-dialog sign-in-dialog settings-dialog detail-health-no-input wall-healthy-demo wall-latched-demo wall-outage-demo; do
    cp "target/screenshots/$png.png" screenshots/ && echo "screenshots/$png.png"
done
