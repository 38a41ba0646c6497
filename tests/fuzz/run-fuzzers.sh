#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Runs the libFuzzer targets of a build tree (`make fuzz`), each for <seconds> on a fresh copy of its seed corpus
# with its dictionary, <parallel> targets at a time (each single-threaded). Fails when any target finds a crash,
# leak, sanitizer report, timeout (> 10 s for one input) or out-of-memory (> 2 GiB); the input that did it is left in
# <build>/fuzz/<target>/ (crash-*, timeout-*, oom-*) and its log next to it.
#
#   tests/fuzz/run-fuzzers.sh <build dir> [seconds=600] [parallel=2] [targets...]
set -u
build=${1:?usage: run-fuzzers.sh <build dir> [seconds] [parallel] [targets...]}
seconds=${2:-600}
parallel=${3:-2}
[ $# -ge 3 ] && shift 3 || shift $#
targets=${*:-alertjson query jwt stream}
here=$(cd "$(dirname "$0")" && pwd)
work="$build/fuzz"

run_one() {
    t=$1
    dir="$work/$t"
    rm -rf "$dir"
    mkdir -p "$dir/corpus"
    # A copy: libFuzzer adds what it finds to the corpus directory, and the repository keeps only the seeds.
    cp "$here/corpus/$t/"* "$dir/corpus/"
    "$build/tests/fuzz/fuzz-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/$t.dict" -artifact_prefix="$dir/" -print_final_stats=1 "$dir/corpus" >"$dir/log" 2>&1
    echo $? >"$dir/rc"
}

mkdir -p "$work"
running=0
for t in $targets; do
    echo "fuzz-$t: ${seconds} s"
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait
        running=0
    fi
done
wait

status=0
for t in $targets; do
    dir="$work/$t"
    rc=$(cat "$dir/rc" 2>/dev/null || echo 1)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$dir/log")
    if [ "$rc" = 0 ] && ! ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* >/dev/null 2>&1; then
        echo "fuzz-$t: clean; $rate exec/s; $done_line"
    else
        echo "fuzz-$t: FAILED (exit $rc); see $dir/log and the artifacts in $dir/"
        grep -E 'ERROR|runtime error|SUMMARY' "$dir/log" | head -n 5
        status=1
    fi
done
exit $status
