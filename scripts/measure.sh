#!/usr/bin/env bash
# Measure byline against what users would otherwise use (issue 8), in one run.
#
#   scripts/measure.sh [-n RUNS] [-d WORKDIR] [-q QUERY] [-s 10k|100k] [-c CORPUS] [-l] [-b]
#
# Builds the release binary and two helpers (examples/gen_corpus.rs,
# examples/frame_timer.rs), writes the workload into WORKDIR (a temporary folder
# unless given; kept and reused when given): SIZE generated articles (-s: 10k,
# ~55 MB, the default; or 100k, ~710 MB, `gen_corpus --n 100000`) in
# WORKDIR/SIZE, unless -c names a folder generated before (e.g. a shared
# /work/corpus100k: only read, never written), and single 1 MB and 20 MB
# articles in WORKDIR/big. -l measures the list only (cold, cached, first frame
# with titles, and head), not the big articles, the search or memory; -b uses
# the binaries built before in target/release (no build). Then every
# measurement runs RUNS times (default 7) and the MEDIAN is reported, with the
# ratio to its baseline, as a Markdown table at the end.
#
# How screen times are taken: frame_timer starts the program in a pseudo-terminal
# (120x40), feeds its output to a vt100 emulator and stamps the pty read that
# first makes the screen show the awaited text. It does not poll: the resolution
# is the pty read latency (well under 1 ms). Times include process start-up.
# Key times run from writing the key to the pty to the frame that shows its effect.
# Files are in the page cache (one warm-up run first): these are warm-cache times.
#
# Tools that are not installed (newsboat, bat) are skipped; less is expected.
set -euo pipefail

RUNS=7
WORK=""
QUERY="leipzig"
SIZE=10k
CORPUS=""
LIST_ONLY=""
NO_BUILD=""
while getopts "n:d:q:s:c:lbh" opt; do
    case $opt in
        n) RUNS=$OPTARG ;;
        d) WORK=$OPTARG ;;
        q) QUERY=$OPTARG ;;
        s) SIZE=$OPTARG ;;
        c) CORPUS=$OPTARG ;;
        l) LIST_ONLY=1 ;;
        b) NO_BUILD=1 ;;
        *) sed -n '2,27p' "$0"; exit 2 ;;
    esac
done
case $SIZE in
    10k) COUNT=10000 ;;
    100k) COUNT=100000 ;;
    *) echo "measure.sh: -s 10k or -s 100k" >&2; exit 2 ;;
esac

# shellcheck source=scripts/common.sh
source "$(dirname "$0")/common.sh"
work_folder measure
results_folder results

if [[ -z $NO_BUILD ]]; then
    echo "== building (release)" >&2
    build_release gen_corpus frame_timer
fi
BYLINE=$ROOT/target/release/byline
FT=$ROOT/target/release/examples/frame_timer
TIMEOUT=120   # seconds for one whole measurement, whatever happens

DIR=${CORPUS:-$WORK/$SIZE}
BIG=$WORK/big
if [[ ! -d $DIR ]]; then
    echo "== generating $COUNT articles in $DIR" >&2
    gen_corpus --n "$COUNT" --out "$DIR"
fi
if [[ -z $LIST_ONLY && ! -f $BIG/big-20mb.txt ]]; then
    echo "== generating big articles in $BIG" >&2
    gen_corpus --n 0 --big 1MB,20MB --out "$BIG"
fi
FILES=("$DIR"/*)
NFILES=${#FILES[@]}
BYTES=$(du -sb "$DIR" | cut -f1)
TOP=$("$FT" --top-title "$DIR")
echo "== $NFILES files, $BYTES bytes; top title: $TOP" >&2

# record NAME VALUE: one sample (a failed measurement has none).
record() { [[ -n $2 ]] && echo "$2" >>"$RESULTS/$1"; return 0; }

# ft ARGS...: frame_timer with a hard time limit; its output on stdout. A failure
# (timeout, text never shown) is reported and the other measurements go on.
ft() {
    timeout -k 5 "$TIMEOUT" "$FT" --timeout-ms 60000 "$@" ||
        echo "measure.sh: failed: frame_timer $*" | cut -c1-200 >&2
}

# field LABEL: the value of LABEL in frame_timer's output (on stdin).
field() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }'; }

# report PHASE: the ms of a --debug-timings phase (on stdin).
report() { awk -F'\t' -v k="$1" '$1 == "report" && index($2, k) { split($2, a, " "); print a[1]; exit }'; }

median() {
    [[ -s $RESULTS/$1 ]] || { echo "-"; return; }
    sort -g "$RESULTS/$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'
}

have() { command -v "$1" >/dev/null 2>&1; }

first_line() { head -n1 "$1" | cut -c1-30; }

big_case() {  # big_case SIZE: byline and less on big-SIZE.txt
    local f=$BIG/big-$1.txt first out
    first=$(first_line "$f")
    # byline: the reader's first frame shows the article's third line (the
    # headline is in the list too, from the file's head); G then shows the last
    # line. A big article is opened in pieces (its beginning and its end first),
    # so both are there before the whole article is parsed.
    local third last
    # (first three words: whole characters, whatever the encoding of awk)
    third=$(awk 'NF { n++ } n == 3 { print $1 " " $2 " " $3; exit }' "$f")
    last=$(awk 'NF { l = $1 " " $2 " " $3 } END { print l }' "$f")
    out=$(ft "wait:$third" key:'\r' sleep:100 key:G "wait:$last" -- "$BYLINE" "$f")
    record "byline_first_$1" "$(field "wait:$third" <<<"$out")"
    record "byline_G_$1" "$(field "wait:$last" <<<"$out")"
    # Enter and G at once: the end is shown when its piece is in, not after
    # the whole article has been parsed.
    out=$(ft "wait:$third" key:'\r' key:G "wait:$last" -- "$BYLINE" "$f")
    record "byline_EnterG_$1" "$(field "wait:$last" <<<"$out")"
    out=$(ft "wait:$first" key:G "wait:(END)" -- less "$f")
    record "less_first_$1" "$(field "wait:$first" <<<"$out")"
    record "less_G_$1" "$(field 'wait:(END)' <<<"$out")"
    out=$(ft "wait:$first" key:G "wait:(END)" -- less -N "$f")
    record "lessN_G_$1" "$(field 'wait:(END)' <<<"$out")"
    local bat
    bat=$(command -v bat || command -v batcat || true)
    if [[ -n $bat ]]; then
        out=$(ft "wait:$first" key:G "wait:(END)" -- "$bat" --paging=always --pager=less "$f")
        record "bat_G_$1" "$(field 'wait:(END)' <<<"$out")"
    fi
}

one_run() {
    local out
    # Baselines: the first line of every file to the terminal; every byte read.
    # The names go through xargs (100,000 of them are past ARG_MAX): a few
    # head processes instead of one, at 10k as at 100k.
    out=$(ft exit -- sh -c 'cd "$0" && printf "%s\0" * | xargs -0 head -q -n1' "$DIR")
    record head "$(field exit <<<"$out")"
    # The list opened from the heads cache: its first frame shows the top
    # title; "unread ·" is in the title once the list is complete and sorted.
    out=$(XDG_CACHE_HOME=$WORK/cache ft "wait:$TOP" "wait: unread ·" quit:q -- "$BYLINE" --debug-timings "$DIR")
    record first_cached "$(field "wait:$TOP" <<<"$out")"
    record list_cached "$(field "wait: unread ·" <<<"$out")"
    record cache_read "$(report 'heads from the cache' <<<"$out")"
    if [[ -n $LIST_ONLY ]]; then
        rm -rf "$WORK/cache-none"
        out=$(XDG_CACHE_HOME=$WORK/cache-none \
            ft "wait: unread ·" quit:q -- "$BYLINE" --debug-timings "$DIR")
        record list_top "$(field "wait: unread ·" <<<"$out")"
        record heads_all "$(report 'all heads read' <<<"$out")"
        return
    fi
    out=$(ft exit -- sh -c 'cd "$0" && printf "%s\0" * | xargs -0 cat >/dev/null' "$DIR")
    record cat "$(field exit <<<"$out")"
    out=$(ft exit -- sh -c 'cd "$1" && printf "%s\0" * | xargs -0 grep -l -i -F "$0" >/dev/null || true' "$QUERY" "$DIR")
    record grep "$(field exit <<<"$out")"

    # byline on the folder, first time (an empty head cache): the first frame
    # lists file names, then heads arrive and are merged into the list. The
    # list's title says "reading titles K/N" until every head is in, then
    # "N unread": that frame has every title, sorted.
    rm -rf "$WORK/cache-none"
    out=$(XDG_CACHE_HOME=$WORK/cache-none \
        ft wait:article-0 "wait: unread ·" quit:q -- "$BYLINE" --debug-timings "$DIR")
    record list_names "$(field wait:article-0 <<<"$out")"
    record list_top "$(field "wait: unread ·" <<<"$out")"
    record heads_all "$(report 'all heads read' <<<"$out")"

    # Full-text search: ctrl-f, the query, Enter; until "N articles match".
    out=$(ft "wait: unread ·" sleep:300 key:'\x06' key:"$QUERY" sleep:100 key:'\r' \
        "wait:articles match" -- "$BYLINE" "$DIR")
    record search "$(field 'wait:articles match' <<<"$out")"

    # Peak memory: the list shown, one article opened.
    out=$(ft "wait: unread ·" sleep:300 key:'\r' "wait:section 1/" sleep:500 rss -- "$BYLINE" "$DIR")
    record rss "$(field rss_kb <<<"$out")"

    big_case 20mb
    big_case 1mb
}

echo "== the heads cache written (a run that waits for it), and a warm-up run" >&2
rm -rf "$WORK/cache"
XDG_CACHE_HOME=$WORK/cache ft "wait: unread ·" sleep:3000 quit:q -- "$BYLINE" "$DIR" >/dev/null
one_run
rm -f "$RESULTS"/*
for i in $(seq 1 "$RUNS"); do
    echo "== run $i/$RUNS" >&2
    one_run
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
m() { median "$1"; }
rss_mb=$(awk -v k="$(m rss)" 'BEGIN { if (k == "-") print "-"; else printf "%.1f", k / 1024 }')
newsboat_note="not installed"
have newsboat && newsboat_note="installed, not driven (needs a feed cache)"

H="head -q -n1 (xargs)"
cat <<EOF

## byline measurements: $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs, medians

Workload: $NFILES files, $BYTES bytes ($DIR)$([[ -z $LIST_ONLY ]] && echo "; big articles in $BIG").
Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).

| what | byline | baseline | ratio | target |
|---|---:|---:|---:|---|
EOF
if [[ -z $LIST_ONLY ]]; then
    echo "| $SIZE folder: first frame (file names) | $(m list_names) ms | $H: $(m head) ms | $(ratio "$(m list_names)" "$(m head)") | |"
fi
cat <<EOF
| $SIZE folder: every title in, sorted (first time, heads read) | $(m list_top) ms | $H: $(m head) ms | $(ratio "$(m list_top)" "$(m head)") | <= 1.5 x head |
| $SIZE folder: all heads read (--debug-timings) | $(m heads_all) ms | $H: $(m head) ms | $(ratio "$(m heads_all)" "$(m head)") | |
| $SIZE folder: first frame with titles (heads cached by a run before) | $(m first_cached) ms | $H: $(m head) ms | $(ratio "$(m first_cached)" "$(m head)") | <= 100 ms |
| $SIZE folder: every title in, sorted (heads cached by a run before) | $(m list_cached) ms | $H: $(m head) ms | $(ratio "$(m list_cached)" "$(m head)") | <= 0.25 x head |
| $SIZE folder: heads cache read (--debug-timings) | $(m cache_read) ms | | | |
EOF
[[ -n $LIST_ONLY ]] && exit 0
cat <<EOF
| 20 MB article: first frame | $(m byline_first_20mb) ms | less: $(m less_first_20mb) ms | $(ratio "$(m byline_first_20mb)" "$(m less_first_20mb)") | <= 50 ms |
| 20 MB article: G (end shown) | $(m byline_G_20mb) ms | less: $(m less_G_20mb) ms, less -N: $(m lessN_G_20mb) ms, bat: $(m bat_G_20mb) ms | $(ratio "$(m byline_G_20mb)" "$(m less_G_20mb)") | <= 50 ms |
| 20 MB article: Enter then G at once (end shown) | $(m byline_EnterG_20mb) ms | | | <= 50 ms |
| 1 MB article: first frame | $(m byline_first_1mb) ms | less: $(m less_first_1mb) ms | $(ratio "$(m byline_first_1mb)" "$(m less_first_1mb)") | |
| 1 MB article: G (end shown) | $(m byline_G_1mb) ms | less: $(m less_G_1mb) ms, less -N: $(m lessN_G_1mb) ms | $(ratio "$(m byline_G_1mb)" "$(m less_G_1mb)") | |
| full-text search, $SIZE (Enter to "N articles match") | $(m search) ms | cat: $(m cat) ms; grep -l -i: $(m grep) ms | $(ratio "$(m search)" "$(m cat)") | <= 1.5 x cat |
| peak RSS, $SIZE list + one article open | $rss_mb MB | newsboat: $newsboat_note | | <= 50 MB |

Key to frame on a 1 MB article (<= 5 ms) and parse throughput (>= 100 MB/s) are library
benchmarks: \`cargo bench --features test-support --bench reader\` and \`cargo bench --bench parse\`.
EOF
