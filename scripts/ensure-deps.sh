#!/usr/bin/env bash
# Installs what the tests need from Debian's packages when it is missing:
# redis-server and redis-cli for the counter tests.
set -euo pipefail
need=()
command -v redis-server >/dev/null || need+=(redis-server)
command -v redis-cli >/dev/null || need+=(redis-tools)
if [ ${#need[@]} -eq 0 ]; then
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
# Debian's package starts a system service; the tests start their own.
$sudo service redis-server stop >/dev/null 2>&1 || true
