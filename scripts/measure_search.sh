#!/usr/bin/env bash
# Full-text search at scale (issue 19), measured from outside as a user sees it:
# byline in a pseudo-terminal (examples/frame_timer.rs), ctrl-f WORD Enter once
# the list is complete, against `grep -rl WORD DIR` run the same way.
#
#   scripts/measure_search.sh [-n RUNS] [-w WORD] [-b BYLINE] DIR
#   (BUILD_WAIT=MS: how long the index's first run stays open, default 90000)
#
# - scan: the index off (`index_from = 0`): every file read, on a few threads;
# - scan while the index builds: a first run with the default `index_from`;
# - index: once the index is built (a first run builds it: its time, from
#   `--debug-timings`, and its size on disk are reported), a search in a new run;
# - grep -rl WORD DIR, to the exit.
# First results: the results overlay shows the query (“WORD”); complete: the
# count of every match (`grep -rl` counts it first: the same files must match).
# Every run has fresh XDG folders (the index's run reuses the cache it built).
# Prints one line per sample (kind<TAB>ms) and a table of medians.

set -euo pipefail
RUNS=5
WORD=Driverless
BYLINE=""
while getopts "n:w:b:" o; do
    case $o in
    n) RUNS=$OPTARG ;;
    w) WORD=$OPTARG ;;
    b) BYLINE=$OPTARG ;;
    *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
DIR=${1:?usage: measure_search.sh [-n RUNS] [-w WORD] [-b BYLINE] DIR}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FT=$PWD/target/release/examples/frame_timer
BYLINE=${BYLINE:-$PWD/target/release/byline}
[[ -x $FT && -x $BYLINE ]] || {
    echo "build first: cargo build --release --features test-support --example frame_timer --bin byline" >&2
    exit 1
}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/byline-search.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

N=$(find "$DIR" -maxdepth 1 -type f | wc -l)
MATCHES=$(grep -rl -- "$WORD" "$DIR" | wc -l)
if ((MATCHES == 1)); then
    DONE="1 article matches “$WORD”"
else
    DONE="$MATCHES articles match “$WORD”"
fi
echo "== $N files, $MATCHES contain $WORD; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# home NAME [INDEX_FROM]: fresh XDG folders in $WORK/NAME, the config's index_from.
home() {
    local h=$WORK/$1
    rm -rf "$h"
    mkdir -p "$h/config/byline" "$h/cache" "$h/data"
    [[ -n ${2:-} ]] && echo "index_from = $2" >"$h/config/byline/config.toml"
    echo "$h"
}

# ft HOME STEP...: frame_timer on byline DIR with HOME's folders.
# The config is given with --config: frame_timer gives the program its own
# XDG_CONFIG_HOME and XDG_DATA_HOME (XDG_CACHE_HOME is passed on).
ft() {
    local h=$1 config=()
    shift
    [[ -f $h/config/byline/config.toml ]] && config=(--config "$h/config/byline/config.toml")
    XDG_CONFIG_HOME=$h/config XDG_CACHE_HOME=$h/cache XDG_DATA_HOME=$h/data \
        timeout -k 5 600 "$FT" --timeout-ms 300000 "$@" -- "$BYLINE" "${config[@]}" --debug-timings "$DIR" ||
        echo "failed: frame_timer $*" >&2
}

field() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }'; }
report() { awk -F'\t' -v k="$1" '$1 == "report" && index($2, k) { split($2, a, " "); print a[1]; exit }'; }

RES=$WORK/results
mkdir -p "$RES"
record() {
    [[ -n $2 ]] && echo "$2" >>"$RES/$1"
    printf '%s\t%s\n' "$1" "${2:--}"
}
median() {
    [[ -s $RES/$1 ]] || { echo "-"; return; }
    sort -g "$RES/$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", m }'
}

# search KIND HOME: ctrl-f WORD Enter, 5 s after the list is complete (the
# start's own work, such as writing the heads cache, is done by then).
search() {
    local kind=$1 h=$2 out
    out=$(ft "$h" "wait:$N unread" sleep:5000 key:'\x06'"$WORD"'\r' "wait:“$WORD”" "wait:$DONE" \
        key:'\x1b' sleep:300 quit:q)
    record "${kind}_first" "$(field "wait:“$WORD”" <<<"$out")"
    record "${kind}_done" "$(field "wait:$DONE" <<<"$out")"
}

for _ in $(seq "$RUNS"); do
    out=$(timeout 120 "$FT" --timeout-ms 100000 exit -- grep -rl -- "$WORD" "$DIR")
    record grep "$(field exit <<<"$out")"
    search scan "$(home scan 0)"
    search building "$(home building)"
done

# The index: built in a first run left open for BUILD_WAIT ms (its time from
# --debug-timings: all heads read to index ready), then searched in new runs.
h=$(home index)
out=$(ft "$h" "wait:$N unread" "sleep:${BUILD_WAIT:-90000}" quit:q)
heads=$(report "all heads read" <<<"$out")
ready=$(report "full-text index ready" <<<"$out")
[[ -n $heads && -n $ready ]] && record build "$(awk -v a="$ready" -v b="$heads" 'BEGIN { print a - b }')"
record index_bytes "$(du -sb "$h"/cache/byline/fulltext-* | cut -f1 | head -n1)"
for _ in $(seq "$RUNS"); do
    search index "$h"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f×", a / b }'; }
g=$(median grep)
cat <<EOF

## Full-text search: $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs, medians
$N files in $DIR; “$WORD” in $MATCHES of them. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).

| search | first results | complete | grep -rl | complete / grep |
|---|---:|---:|---:|---:|
| scan (no index) | $(median scan_first) ms | $(median scan_done) ms | $g ms | $(ratio "$(median scan_done)" "$g") |
| scan while the index builds | $(median building_first) ms | $(median building_done) ms | $g ms | $(ratio "$(median building_done)" "$g") |
| index built | $(median index_first) ms | $(median index_done) ms | $g ms | $(ratio "$(median index_done)" "$g") |

Index build (all heads read to index ready): $(median build) ms; index size: $(median index_bytes) bytes.
EOF
