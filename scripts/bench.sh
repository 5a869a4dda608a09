#!/usr/bin/env bash
# Performance figures of issue 12, one heavy step at a time (the machine may
# be shared: read each figure as a ratio to the floor measured in the same
# run). Nothing here runs in CI.
#
#   scripts/bench.sh                      # all steps at 10k and 100k chunks
#   HEALTHBOT_BENCH_STEPS="search ask" scripts/bench.sh
#
# Steps (HEALTHBOT_BENCH_STEPS, default all, in this order):
#   search  BenchmarkSearch (hybrid p50/p99 and the floor), BenchmarkOpen
#           (open time, heap, resident set after open and after the golden
#           questions) and BenchmarkFloor; the built indexes are kept in
#           $OUT/idx/<size> for the next runs and for the ask step
#   ann     BenchmarkANNRecall: recall@10 of the dense-vector approximate
#           search against exact search, and its latency
#   ask     `healthbot ask` end to end on the largest index (wall time and
#           peak resident set, by /usr/bin/time)
#   ingest  BenchmarkIngest: 1 of HEALTHBOT_BENCH_FILES files (default 2000)
#           changed, against a cold ingest of them all
#   build   BenchmarkBuild: cold index build, chunks/s
#
# Settings: HEALTHBOT_BENCH_SIZES (default 10000,100000), HEALTHBOT_BENCH_FILES,
# HEALTHBOT_BENCH_OUT (default /tmp/healthbot-bench; results in *.txt there).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
sizes=${HEALTHBOT_BENCH_SIZES:-10000,100000}
files=${HEALTHBOT_BENCH_FILES:-2000}
out=${HEALTHBOT_BENCH_OUT:-/tmp/healthbot-bench}
steps=${HEALTHBOT_BENCH_STEPS:-search ann ask ingest build}
mkdir -p "$out/idx"
go test -c -o "$out/retrieval.test" ./retrieval
go test -c -o "$out/ingest.test" ./ingest
go build -o "$out/healthbot" ./cmd/healthbot

bench() { # package, benchmark pattern, result file
	(cd "$repo/$1" && HEALTHBOT_BENCH_INDEX_DIR="$out/idx" HEALTHBOT_BENCH_SIZES="$sizes" HEALTHBOT_BENCH_FILES="$files" \
		"$out/$1.test" -test.run '^$' -test.bench "$2" -test.benchtime 1x -test.timeout 120m) | tee "$out/$3"
}

for step in $steps; do
	case $step in
	search) bench retrieval 'BenchmarkSearch$|BenchmarkOpen|BenchmarkFloor' search.txt ;;
	ann) bench retrieval 'BenchmarkANNRecall' ann.txt ;;
	ask)
		largest=${sizes##*,}
		if [ ! -e "$out/idx/$largest/CURRENT" ]; then
			echo "ask: no index in $out/idx/$largest: run the search step first" >&2
			exit 1
		fi
		: >"$out/ask.txt"
		for q in "2023年南陵县家庭医生签约服务覆盖率是多少" "阜阳市2020年卫生工作有哪些主要成绩" "西城区今年的工作计划里疾病预防控制怎么安排"; do
			# From $out, so that no config.yaml of the repository applies.
			(cd "$out" && /usr/bin/time -f "ask: %e s wall, %M KiB peak resident" \
				./healthbot ask --index "idx/$largest" --now 2024-06-01 "$q" >/dev/null) 2>&1 | tee -a "$out/ask.txt"
		done
		;;
	ingest) bench ingest 'BenchmarkIngest$' ingest.txt ;;
	build) bench retrieval 'BenchmarkBuild' build.txt ;;
	*)
		echo "unknown step $step" >&2
		exit 2
		;;
	esac
done
