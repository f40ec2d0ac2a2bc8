#!/usr/bin/env bash
# Set up everything the project needs on a fresh Debian machine with Python 3.11:
# Debian's chromium (for the browser test), a virtualenv in .venv with the pinned
# requirements, and the offline gazetteer index in the cache directory.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian chromium (browser test)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium missing and not root; the browser test will be skipped" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.requirements.sha
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements.txt
  echo "$want" > "$stamp"
fi

# Compile the project's bytecode now, so that no start compiles its sources again (also where
# PYTHONDONTWRITEBYTECODE is set, which would make every start compile them: ~50 ms).
.venv/bin/python -m compileall -q events ui dashboard.py >/dev/null

# Build the offline gazetteer index once (kept in the cache directory, not in git).
.venv/bin/python -m events gazetteer build
