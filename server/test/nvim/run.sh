#!/usr/bin/env bash
# Runs the language server under headless Neovim and prints what it saw (see lsp-check.lua).
#   server/test/nvim/run.sh [REPORT] [OUT]
# Defaults: fixtures/synthetic/row-total.txt, stdout. Needs nvim ≥ 0.7 and a built server
# (node scripts/build.mjs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
export REPORT_LINT_SERVER="${REPORT_LINT_SERVER:-$root/server/dist/server.js}"
export REPORT_LINT_FILE="$(realpath "${1:-$root/fixtures/synthetic/row-total.txt}")"
out="${2:-}"
tmp=""
if [ -z "$out" ]; then tmp="$(mktemp)"; out="$tmp"; fi
export REPORT_LINT_OUT="$out"
status=0
timeout 60 nvim --headless --clean -u NONE -i NONE -n -c "luafile $here/lsp-check.lua" </dev/null >/dev/null 2>&1 || status=$?
if [ -n "$tmp" ]; then cat "$tmp"; rm -f "$tmp"; fi
exit "$status"
