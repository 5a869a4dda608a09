#!/usr/bin/env bash
# The multi-node tests (issue 16), on demand; not part of .ci/run (about
# 5 minutes once the server is built, 5 more the first time):
#
#   bash scripts/test-cluster.sh
#
# 1. builds weaviate-server v1.35.2 from the Go module proxy into
#    $HEALTHBOT_WEAVIATE_CACHE (default ~/.cache/healthbot/weaviate-v1.35.2/),
#    once; HEALTHBOT_WEAVIATE_BIN may name a binary built elsewhere;
# 2. installs Debian's redis-server when it is missing and this runs as root
#    (HEALTHBOT_REDIS_SERVER may name one);
# 3. runs the integration tests (go test -tags integration), each starting
#    what it needs on loopback, on free ports, in temporary folders
#    (package internal/weaviatetest): a 3-node Weaviate cluster with
#    replication factor 2 (eval recall on both backends; a node killed during
#    searches and during a publish; a replica down for good), and two Slack
#    replicas sharing one redis-server, each event delivered to both, one
#    dying mid-answer;
# 4. prints the failover lines and, last, the recall on both backends.
set -euo pipefail
cd "$(dirname "$0")/.."
version=v1.35.2
if [ -z "${HEALTHBOT_WEAVIATE_BIN:-}" ]; then
	cache="${HEALTHBOT_WEAVIATE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/healthbot/weaviate-$version}"
	if [ ! -x "$cache/weaviate-server" ]; then
		echo "building weaviate-server $version into $cache (about 5 minutes the first time)…" >&2
		mkdir -p "$cache"
		(cd / && GOBIN="$cache" GOFLAGS=-mod=mod go install "github.com/weaviate/weaviate/cmd/weaviate-server@$version")
	fi
	export HEALTHBOT_WEAVIATE_BIN="$cache/weaviate-server"
fi
if [ -z "${HEALTHBOT_REDIS_SERVER:-}" ] && ! command -v redis-server >/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "installing redis-server…" >&2
		apt-get install -y --no-install-recommends redis-server >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends redis-server >/dev/null; }
	else
		echo "redis-server is missing: apt-get install redis-server (or set HEALTHBOT_REDIS_SERVER)" >&2
		exit 1
	fi
fi
log="$(mktemp -t healthbot-cluster.XXXXXX)"
status=0
go test -tags integration -count=1 -timeout 30m -v \
	-run 'TestCluster$|TestWeaviateCluster|TestSlackReplicasRealRedis|TestSlackReplicaDiesRealRedis' \
	./internal/weaviatetest ./retrieval ./slackbot "$@" >"$log" 2>&1 || status=$?
grep -E '^(--- |ok |FAIL|PASS)' "$log" | grep -v 'SKIP' || true
if grep -q -- '--- SKIP' "$log"; then
	echo "some tests were skipped:" >&2
	grep -A1 -- '--- SKIP' "$log" >&2
	status=1
fi
if [ "$status" != 0 ]; then
	echo "FAILED (full log: $log)" >&2
	exit "$status"
fi
grep -o 'FAILOVER .*' "$log" || true
grep -o 'recall testdata/eval.yaml .*' "$log" || true
echo "full log: $log"
grep -o 'CLUSTER-RECALL .*' "$log" | tail -1 | sed 's/^CLUSTER-RECALL /recall: /'
