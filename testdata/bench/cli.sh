#!/usr/bin/env bash
# Whole-process measurements for BENCHMARKS.md: start-up plus analysis of
# the reference article (median of RUNS), and peak memory (maximum resident
# set size from /usr/bin/time -v) for one 5 MB document and for a batch of
# 1,000 small articles streamed as JSON Lines. Run from the repository root:
#
#	make bench-cli
set -euo pipefail

BIN=${BIN:-bin/claimtrace}
RUNS=${RUNS:-21}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

go test ./cmd/claimtrace -run '^TestWriteBenchCorpus$' -count=1 -benchcorpus "$DIR" >/dev/null

# median wall time in milliseconds of RUNS runs of "$@"
median_ms() {
	local times=()
	for _ in $(seq "$RUNS"); do
		local t0 t1
		t0=$(date +%s%N)
		"$@" >/dev/null
		t1=$(date +%s%N)
		times+=($(((t1 - t0) / 1000)))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# peak resident set size in MB of "$@"
peak_mb() {
	/usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}'
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3)"
echo "claimtrace --version:                         $(median_ms "$BIN" --version) ms (median of $RUNS)"
echo "claimtrace analyze reference article (json):  $(median_ms "$BIN" analyze --format json --publisher RBC-Ukraine testdata/rbc-ukraine-istanbul.txt) ms (median of $RUNS)"
RUNS=5
echo "claimtrace analyze 5 MB (json), --jobs 1:     $(median_ms "$BIN" analyze --format json --jobs 1 "$DIR/5mb.txt") ms (median of $RUNS)"
echo "claimtrace analyze 500 KB (json), --jobs 1:   $(median_ms "$BIN" analyze --format json --jobs 1 "$DIR/500kb.txt") ms (median of $RUNS)"
echo "claimtrace analyze 1,000 files (jsonl) -j1:   $(median_ms "$BIN" analyze --format jsonl --jobs 1 "$DIR/batch") ms (median of $RUNS)"
echo "claimtrace analyze 1,000 files (jsonl) -j2:   $(median_ms "$BIN" analyze --format jsonl --jobs 2 "$DIR/batch") ms (median of $RUNS)"
echo "peak RSS, 5 MB document (json):               $(peak_mb "$BIN" analyze --format json "$DIR/5mb.txt") MB"
echo "peak RSS, 5 MB document (jsonl):              $(peak_mb "$BIN" analyze --format jsonl "$DIR/5mb.txt") MB"
echo "peak RSS, largest batch file alone (jsonl):   $(peak_mb "$BIN" analyze --format jsonl "$(ls -S "$DIR"/batch/*.txt | head -1)") MB"
echo "peak RSS, 1,000-file batch (jsonl):           $(peak_mb "$BIN" analyze --format jsonl "$DIR/batch") MB"
