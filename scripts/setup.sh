#!/usr/bin/env bash
# Installs what the build and tests need beyond JDK 17 and Maven, on a fresh Debian machine.
# Idempotent: anything already present is left alone. Needs root (or sudo) only when something is missing.
set -euo pipefail

# Debian packages the tests need; added here as features need them (browser tests, PostgreSQL store tests).
packages=(postgresql chromium chromium-driver)
# npm installs AUI for the preview server; Debian's nodejs + npm only when the machine has no npm of its own.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

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
# AUI for the preview server and its browser tests, at the versions in the committed lock file.
preview="$(cd "$(dirname "$0")/.." && pwd)/src/preview"
if [ -f "$preview/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css" ] \
    && [ -f "$preview/node_modules/jquery/dist/jquery.min.js" ]; then
  echo "setup: AUI already installed in src/preview/node_modules"
else
  echo "setup: installing AUI with npm ci in src/preview"
  (cd "$preview" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
echo "setup: ready"
