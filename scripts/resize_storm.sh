#!/usr/bin/env bash
# Peak memory of byline with a huge article open during a resize storm
# (issue #12 item 10), against the same article opened without resizing.
#
#   scripts/resize_storm.sh [-s SIZE] [-r RESIZES] [-t SECONDS] [-d WORKDIR] [-b BYLINE]
#
# Builds the release binary and examples/gen_corpus.rs, generates one article
# of SIZE (default 50MB) in WORKDIR (a temporary folder unless given), and runs
# byline on it in a detached tmux session of its own (its own server socket,
# 200x50, window-size manual). Two runs, each a fresh process:
#
#   open:  the article opened (enter), then idle until the CPU time stops
#          growing for 2 s; VmHWM (peak resident set) read from /proc/PID/status.
#   storm: the same, then RESIZES `tmux resize-window` calls spread over
#          SECONDS (default 200 in 10 s), widths cycling 60..199 columns and
#          heights 20..49 rows; idle again; VmHWM read.
#
# Prints both peaks (MB) and their ratio; the target is storm < 3 x open.
# -b BYLINE measures that binary instead of this tree's (an older build, for a
# before and after).
set -euo pipefail

SIZE=50MB
RESIZES=200
SECONDS_TOTAL=10
WORK=""
BYLINE=""
while getopts "s:r:t:d:b:h" opt; do
    case $opt in
        s) SIZE=$OPTARG ;;
        r) RESIZES=$OPTARG ;;
        t) SECONDS_TOTAL=$OPTARG ;;
        d) WORK=$OPTARG ;;
        b) BYLINE=$OPTARG ;;
        *) sed -n '2,22p' "$0"; exit 2 ;;
    esac
done

# shellcheck source=scripts/common.sh
source "$(dirname "$0")/common.sh"
work_folder storm
SOCK="byline-storm-$$"
cleanup() {
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
    remove_work
}
trap cleanup EXIT INT TERM

build_release gen_corpus
BYLINE=${BYLINE:-$ROOT/target/release/byline}
NAME="big-$(echo "$SIZE" | tr '[:upper:]' '[:lower:]').txt"
if [[ ! -f $WORK/$NAME ]]; then
    gen_corpus --n 0 --big "$SIZE" --out "$WORK"
fi
ARTICLE=$WORK/$NAME
echo "== $(wc -c <"$ARTICLE") bytes in $ARTICLE" >&2

# cpu PID: user + system clock ticks so far.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# idle PID: wait until the process has used no CPU for 2 s (at most 120 s).
idle() {
    local last now still=0 waited=0
    last=$(cpu "$1")
    while ((still < 4 && waited < 240)); do
        sleep 0.5
        now=$(cpu "$1")
        if [[ $now == "$last" ]]; then still=$((still + 1)); else still=0; fi
        last=$now
        waited=$((waited + 1))
    done
}

hwm() { awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
rss() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# run STORM(0|1): one fresh byline; prints its peak RSS in MB.
run() {
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    tmux -L "$SOCK" -f /dev/null new-session -d -s storm -x 200 -y 50 \
        "env XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache $BYLINE $ARTICLE"
    tmux -L "$SOCK" set-option -t storm window-size manual >/dev/null
    local pid
    pid=$(tmux -L "$SOCK" list-panes -t storm -F '#{pane_pid}')
    sleep 1
    tmux -L "$SOCK" send-keys -t storm Enter
    idle "$pid"
    echo "   opened: VmRSS $(rss "$pid") MB, VmHWM $(hwm "$pid") MB" >&2
    if [[ $1 == 1 ]]; then
        # Paced by the clock: resize i is sent at i x SECONDS / RESIZES.
        local i t0 ahead
        t0=${EPOCHREALTIME/[.,]/}
        for ((i = 0; i < RESIZES; i++)); do
            tmux -L "$SOCK" resize-window -t storm -x $((60 + (i * 37) % 140)) -y $((20 + (i * 7) % 30))
            ahead=$(((i + 1) * SECONDS_TOTAL * 1000000 / RESIZES - (${EPOCHREALTIME/[.,]/} - t0)))
            ((ahead > 0)) && sleep "$(awk -v us="$ahead" 'BEGIN {printf "%.6f", us / 1e6}')"
        done
        echo "   $RESIZES resizes in $(awk -v us="$((${EPOCHREALTIME/[.,]/} - t0))" 'BEGIN {printf "%.1f", us / 1e6}') s" >&2
        idle "$pid"
        echo "   after the storm: VmRSS $(rss "$pid") MB, VmHWM $(hwm "$pid") MB" >&2
    fi
    hwm "$pid"
    tmux -L "$SOCK" send-keys -t storm q
    sleep 1
}

echo "== open, no resize" >&2
OPEN=$(run 0)
echo "== open, then $RESIZES resizes in $SECONDS_TOTAL s" >&2
STORM=$(run 1)
RATIO=$(awk -v a="$STORM" -v b="$OPEN" 'BEGIN {printf "%.2f", a / b}')
echo "peak RSS: open $OPEN MB, storm $STORM MB, ratio $RATIO (target < 3)"
