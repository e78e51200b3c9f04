#!/usr/bin/env bash
# Peak memory of byline on a folder (issue 19): the list complete and one
# article open, cold (no heads cache) and then with the cache the first run
# wrote.
#
#   scripts/measure_rss.sh [-b BYLINE] [-n RUNS] DIR
#
# byline runs in a tmux session (120x40) with fresh XDG_CACHE_HOME,
# XDG_DATA_HOME and XDG_CONFIG_HOME folders; once the list's title says
# `Articles N · K unread` (every head in), Enter opens the top article, and once its
# reader shows (the screen changed, and a second more) the peak resident set (VmHWM of
# /proc/PID/status) is read. Each line printed: `cold|cached  PEAK_KB  LIST_MS`
# (LIST_MS: from the start to the complete list, polled every 20 ms).
set -euo pipefail

BYLINE=""
RUNS=3
while getopts "b:n:h" opt; do
    case $opt in
        b) BYLINE=$OPTARG ;;
        n) RUNS=$OPTARG ;;
        *) sed -n '2,13p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
DIR=${1:?a folder of articles}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BYLINE=${BYLINE:-$PWD/target/release/byline}
N=$(find "$DIR" -type f | wc -l)

now_ms() { date +%s%3N; }

# A tmux server of this script's own, kept running by an idle session.
SOCK="byline-rss$$"
tmux() { command tmux -L "$SOCK" "$@"; }
tmux new-session -d -s hold -x 120 -y 40 "sleep 100000"
trap 'tmux kill-server 2>/dev/null || true' EXIT

# wait_for SESSION REGEX SECONDS: poll the pane until it shows REGEX.
wait_for() {
    local deadline=$(($(now_ms) + $3 * 1000))
    while (($(now_ms) < deadline)); do
        if tmux capture-pane -p -t "$1" 2>/dev/null | grep -Eq -- "$2"; then
            return 0
        fi
        sleep 0.02
    done
    echo "timed out waiting for '$2'" >&2
    tmux capture-pane -p -t "$1" >&2 || true
    return 1
}

one() { # one LABEL XDG_BASE
    local label=$1 base=$2 s="rss$$" pid t0 t1 peak before
    tmux kill-session -t "$s" 2>/dev/null || true
    t0=$(now_ms)
    tmux new-session -d -s "$s" -x 120 -y 40 \
        "env XDG_CACHE_HOME=$base/cache XDG_DATA_HOME=$base/data XDG_CONFIG_HOME=$base/config $BYLINE $DIR"
    wait_for "$s" "Articles $N · [0-9]+ unread" 300
    t1=$(now_ms)
    pid=$(tmux list-panes -t "$s" -F '#{pane_pid}')
    # The heads cache is encoded after the frame that completes the list.
    sleep 2
    before=$(tmux capture-pane -p -t "$s")
    tmux send-keys -t "$s" Enter
    for _ in $(seq 250); do
        [[ $(tmux capture-pane -p -t "$s") != "$before" ]] && break
        sleep 0.02
    done
    sleep 1
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    tmux send-keys -t "$s" q
    sleep 0.3
    tmux kill-session -t "$s" 2>/dev/null || true
    echo "$label $peak $((t1 - t0))"
}

for _ in $(seq "$RUNS"); do
    base=$(mktemp -d "${TMPDIR:-/tmp}/byline-rss.XXXXXX")
    mkdir -p "$base/cache" "$base/data" "$base/config"
    one cold "$base"
    one cached "$base"
    rm -rf "$base"
done
