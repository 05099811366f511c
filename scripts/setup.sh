#!/usr/bin/env bash
# Installs what the build and tests need beyond JDK 17 and Maven, on a fresh Debian machine.
# Idempotent: anything already present is left alone. Needs root (or sudo) only when something is missing.
set -euo pipefail

# Debian packages the tests need; added here as features need them (browser tests, PostgreSQL store tests).
packages=(postgresql)

need=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done

if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# A real PostgreSQL for the store tests (they also run on H2 in-process).
bash "$(dirname "$0")/postgres.sh"
echo "setup: ready"
