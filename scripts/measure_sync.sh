#!/usr/bin/env bash
# Time `byline sync` of 50 local feeds x 20 items (issue 18), full text on:
# every item's page is fetched and extracted. The feeds are served on 127.0.0.1
# by scripts/sync_feeds_server.py over 10 ports (byline fetches at most 4 feeds
# at a time, one per host and port). Prints the time of the first sync (1,000
# articles written, 1,000 pages fetched) and of the second (nothing new), and
# the requests the server counted.
#
#   scripts/measure_sync.sh [-b BYLINE]     (default: target/release/byline)
#   FULL_TEXT=false scripts/measure_sync.sh  (the feeds' own text: no page fetched)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BYLINE=target/release/byline
FEEDS=50 ITEMS=20 PORTS=10
while getopts "b:" opt; do
    case $opt in
        b) BYLINE=$OPTARG ;;
        *) exit 2 ;;
    esac
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/byline-sync.XXXXXX")
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home"
python3 scripts/sync_feeds_server.py $FEEDS $ITEMS $PORTS "$WORK/config.toml" "$WORK/news" "$WORK/counts.json" > "$WORK/server.out" &
SERVER=$!
until grep -q ready "$WORK/server.out" 2>/dev/null; do sleep 0.1; done
run() {
    local start end
    start=$(date +%s.%N)
    HOME=$WORK/home XDG_DATA_HOME=$WORK/home/data "$BYLINE" --config "$WORK/config.toml" sync > /dev/null 2> "$WORK/sync.err" || true
    end=$(date +%s.%N)
    echo "$1: $(echo "$end - $start" | bc) s; $(tail -n1 "$WORK/sync.err")"
}
run "first sync"
echo "articles written: $(find "$WORK/news" -name '*.md' | wc -l)"
run "second sync"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
echo "requests: $(cat "$WORK/counts.json")"
