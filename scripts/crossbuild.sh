#!/usr/bin/env bash
# Builds the release targets unlike the CI machine: windows/amd64 (another
# OS's files and paths: the *_other.go files of corpus/extract, retrieval
# and ingest) and linux/arm64. Run before a release; CI leaves it out to
# keep within its five minutes.
#
#   scripts/crossbuild.sh            # writes nothing; fails if a target does not build
#   OUT=dist scripts/crossbuild.sh   # keeps the binaries in dist/
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-}"
keep=1
if [ -z "$out" ]; then
	out="$(mktemp -d)"
	keep=0
	trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
for target in windows/amd64 linux/arm64; do
	GOOS="${target%/*}" GOARCH="${target#*/}" go build -trimpath -o "$out/healthbot-${target%/*}-${target#*/}$([ "${target%/*}" = windows ] && echo .exe)" ./cmd/healthbot
	echo "built $target"
done
[ "$keep" = 1 ] && ls -l "$out"
exit 0
