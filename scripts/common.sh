# Setup shared by scripts/measure.sh and scripts/resize_storm.sh: sourced after
# their options are read, never run on its own.
#
# On sourcing: the working folder is the repository; ROOT names it.
# work_folder NAME   WORK as given (-d: kept and reused), else a new temporary
#                    folder byline-NAME.XXXXXX that remove_work deletes.
# remove_work        for the script's exit trap.
# build_release EXAMPLE...
#                    byline as it ships (no features) and the helper examples
#                    with test-support (gen_corpus needs the corpus generator).
# gen_corpus ARGS... run the built examples/gen_corpus.rs (its log to stderr).

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
CLEAN_WORK=""

work_folder() {
    if [[ -z $WORK ]]; then
        WORK=$(mktemp -d "${TMPDIR:-/tmp}/byline-$1.XXXXXX")
        CLEAN_WORK=$WORK
    fi
}

remove_work() {
    [[ -n $CLEAN_WORK ]] && rm -rf "$CLEAN_WORK"
    return 0
}

# results_folder NAME: RESULTS, a temporary folder for the samples; it and a
# work folder made by work_folder are removed when the script ends.
results_folder() {
    RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/byline-$1.XXXXXX")
    trap 'rm -rf "$RESULTS"; remove_work' EXIT INT TERM
}

build_release() {
    local examples=() e
    for e in "$@"; do
        examples+=(--example "$e")
    done
    cargo build --release --quiet --bin byline
    cargo build --release --quiet --features test-support "${examples[@]}"
}

gen_corpus() {
    "$ROOT/target/release/examples/gen_corpus" "$@" >&2
}
