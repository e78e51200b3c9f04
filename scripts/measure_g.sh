#!/usr/bin/env bash
# `G` on a 20 MB article, at once and later (issue 19), against `less` + G.
#
#   scripts/measure_g.sh [-n RUNS] [-d WORKDIR] [-b BYLINE]
#
# Writes a 20 MB article three ways (examples/gen_corpus.rs --big 20MB
# --big-format txt,md,html) into WORKDIR (a temporary folder unless given; kept
# and reused when given), each alone in a folder, and starts byline on that
# folder (fresh cache, data and config folders each run) in a pty with
# examples/frame_timer.rs. Each case waits for the list ("1 unread"), then:
#
#   enter_g     Enter and G in one write (G before Enter's first frame)
#   enter__g    Enter, then G as soon as the key is written (no wait)
#   g_100ms     Enter, 100 ms, G
#   g_500ms     Enter, 500 ms, G
#
# and prints the milliseconds from G to the frame that shows the first words of
# the article's last block (found with `byline parse --json`). `less` + G on the
# same file is the baseline: from G to `(END)`. RUNS runs (default 7), medians.
# BYLINE: the binary to time (default: target/release/byline, built first).
set -euo pipefail

RUNS=7
WORK=""
BYLINE=""
while getopts "n:d:b:h" opt; do
    case $opt in
        n) RUNS=$OPTARG ;;
        d) WORK=$OPTARG ;;
        b) BYLINE=$OPTARG ;;
        *) sed -n '2,21p' "$0"; exit 2 ;;
    esac
done

# shellcheck source=scripts/common.sh
source "$(dirname "$0")/common.sh"
work_folder measure-g
results_folder g

if [[ -z $BYLINE ]]; then
    echo "== building (release)" >&2
    build_release gen_corpus frame_timer
    BYLINE=$ROOT/target/release/byline
fi
FT=$ROOT/target/release/examples/frame_timer

for ext in txt md html; do
    if [[ ! -f $WORK/$ext/big-20mb.$ext ]]; then
        echo "== generating big-20mb.$ext" >&2
        mkdir -p "$WORK/$ext"
        gen_corpus --n 0 --big 20MB --big-format "$ext" --out "$WORK/$ext"
    fi
done

# ft ARGS...: frame_timer in fresh XDG folders, with a hard time limit.
ft() {
    local x
    x=$(mktemp -d "${TMPDIR:-/tmp}/byline-g-xdg.XXXXXX")
    mkdir -p "$x/cache" "$x/data" "$x/config"
    XDG_CACHE_HOME=$x/cache XDG_DATA_HOME=$x/data XDG_CONFIG_HOME=$x/config \
        timeout -k 5 120 "$FT" --timeout-ms 60000 "$@" ||
        echo "measure_g.sh: failed: frame_timer $*" | cut -c1-200 >&2
    rm -rf "$x"
}
field() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }'; }
record() { [[ -n $2 ]] && echo "$2" >>"$RESULTS/$1"; return 0; }
median() {
    [[ -s $RESULTS/$1 ]] || { echo "-"; return; }
    sort -g "$RESULTS/$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'
}
# The first three words of the article's last block, as byline reads it.
last_words() {
    "$BYLINE" parse --json "$1" | python3 -c '
import json, sys
a = json.load(sys.stdin)
paragraphs = [p for s in a["sections"] for p in s["paragraphs"]]
print(" ".join(paragraphs[-1].split()[:3]))'
}

declare -A LAST
for ext in txt md html; do
    LAST[$ext]=$(last_words "$WORK/$ext/big-20mb.$ext")
    echo "== $ext: the end is \"${LAST[$ext]}\"" >&2
done

one_run() {
    local ext dir last out f
    for ext in txt md html; do
        dir=$WORK/$ext
        f=$dir/big-20mb.$ext
        last=${LAST[$ext]}
        out=$(ft "wait:1 unread" key:'\rG' "wait:$last" -- "$BYLINE" "$dir")
        record "${ext}_enter_g" "$(field "wait:$last" <<<"$out")"
        out=$(ft "wait:1 unread" key:'\r' key:G "wait:$last" -- "$BYLINE" "$dir")
        record "${ext}_enter__g" "$(field "wait:$last" <<<"$out")"
        out=$(ft "wait:1 unread" key:'\r' sleep:100 key:G "wait:$last" -- "$BYLINE" "$dir")
        record "${ext}_g_100ms" "$(field "wait:$last" <<<"$out")"
        out=$(ft "wait:1 unread" key:'\r' sleep:500 key:G "wait:$last" -- "$BYLINE" "$dir")
        record "${ext}_g_500ms" "$(field "wait:$last" <<<"$out")"
        out=$(ft "wait:$(head -c 20 "$f" | head -n1)" key:G "wait:(END)" -- less "$f")
        record "${ext}_less_g" "$(field 'wait:(END)' <<<"$out")"
    done
}

echo "== warm-up run" >&2
one_run >/dev/null 2>&1 || true
rm -f "$RESULTS"/*
for ((r = 1; r <= RUNS; r++)); do
    echo "== run $r/$RUNS (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    one_run
done

echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs, medians (ms from G to the end on screen)."
echo
echo "| 20 MB article | Enter+G in one write | Enter, G at once | G 100 ms after Enter | G 500 ms after Enter | less + G |"
echo "|---|---:|---:|---:|---:|---:|"
for ext in txt md html; do
    echo "| .$ext | $(median "${ext}_enter_g") | $(median "${ext}_enter__g") | $(median "${ext}_g_100ms") | $(median "${ext}_g_500ms") | $(median "${ext}_less_g") |"
done
