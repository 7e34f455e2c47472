#!/usr/bin/env bash
# Generates the Go code of proto/ with buf and the pinned protoc plugins
# (found on PATH as buf-<version>, protoc-gen-go-<version>, ...).
#   generate.sh proto   writes it into proto/
#   generate.sh check   generates into a temporary directory and fails if
#                       proto/ differs from it
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(pwd)/bin"
buf=$(ls "$bin"/buf-v* | sort -V | tail -1)
gen_go=$(ls "$bin"/protoc-gen-go-v* | sort -V | tail -1)
gen_grpc=$(ls "$bin"/protoc-gen-go-grpc-v* | sort -V | tail -1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# buf.gen.yaml names the plugins as protoc-gen-go and protoc-gen-go-grpc;
# put the pinned versions first on PATH under those names.
mkdir -p "$tmp/bin" "$tmp/out"
ln -s "$gen_go" "$tmp/bin/protoc-gen-go"
ln -s "$gen_grpc" "$tmp/bin/protoc-gen-go-grpc"
PATH="$tmp/bin:$PATH" "$buf" generate -o "$tmp/out"
case "${1:-}" in
proto)
	(cd "$tmp/out/proto" && find . -name '*.pb.go') | while read -r f; do
		cp "$tmp/out/proto/$f" "proto/$f"
	done
	;;
check)
	status=0
	while read -r f; do
		if ! cmp -s "$tmp/out/proto/$f" "proto/$f"; then
			echo "generated code is stale: proto/${f#./} (run make generate)" >&2
			status=1
		fi
	done < <(cd "$tmp/out/proto" && find . -name '*.pb.go')
	while read -r f; do
		if [ ! -e "$tmp/out/proto/$f" ]; then
			echo "generated file has no source: proto/${f#./}" >&2
			status=1
		fi
	done < <(cd proto && find . -name '*.pb.go')
	exit $status
	;;
*)
	echo "usage: generate.sh proto|check" >&2
	exit 2
	;;
esac
