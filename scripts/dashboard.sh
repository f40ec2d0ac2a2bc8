#!/usr/bin/env bash
# Set up (see setup.sh) and start the dashboard on the bundled sample articles in data/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m streamlit run dashboard.py "$@"
