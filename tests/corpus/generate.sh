#!/usr/bin/env bash
# Regenerates the whole corpus from the spec: spec/corpus.json, expected.json, manifest.json and every file under
# files/, then checks each file with openpyxl against the spec (verify.py). CI does not run this (the files are
# committed); it needs Debian's python3-openpyxl, python3-uno, libreoffice-calc-nogui and gnumeric, and exceljs from
# the repository's package-lock.json (npm ci at the root).
#
# Deterministic: the spec, expected.json, manifest.json, and the openpyxl and hand-made files (pinned save time).
# Not byte-for-byte deterministic: LibreOffice, Gnumeric and exceljs stamp the zip entries and/or docProps/core.xml
# with the time of writing; their cells are the same on every run (verify.py checks them).
#
# Usage: tests/corpus/generate.sh [writer ...]   (writers: openpyxl libreoffice gnumeric exceljs ooxml; default all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
py=/usr/bin/python3   # Debian's Python: python3-openpyxl and python3-uno live there, not in a pyenv or venv

missing=()
for pkg in python3-openpyxl python3-uno libreoffice-calc-nogui gnumeric; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "generate.sh: needs ${missing[*]} (apt-get install ${missing[*]})" >&2
  exit 2
fi
[ -d "$root/node_modules/exceljs" ] || (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)

writers=("$@")
[ ${#writers[@]} -gt 0 ] || writers=(openpyxl libreoffice gnumeric exceljs ooxml)

"$py" -m spec.build
for writer in "${writers[@]}"; do
  case "$writer" in
    exceljs) node writers/exceljs_writer.js ;;
    openpyxl|libreoffice|gnumeric|ooxml) "$py" "writers/${writer}_writer.py" ;;
    *) echo "generate.sh: unknown writer $writer" >&2; exit 2 ;;
  esac
done
"$py" -W ignore verify.py | tail -1
