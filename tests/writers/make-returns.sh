#!/usr/bin/env bash
# Makes the returns written by other programs that tests/Thb.Core.Tests/Data/writers/ holds: exceljs (with a picture),
# openpyxl, and the exceljs file saved again by LibreOffice Calc and by Gnumeric. Run from the repository root after
# ./build.sh (for node_modules); needs Debian's python3-openpyxl, libreoffice-calc-nogui and gnumeric.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/tests/Thb.Core.Tests/Data/writers"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
NODE_PATH="$root/node_modules" node "$root/tests/writers/return-exceljs.js" "$out/exceljs.xlsx"
/usr/bin/python3 "$root/tests/writers/return-openpyxl.py" "$out/openpyxl.xlsx"
cp "$out/exceljs.xlsx" "$work/libreoffice.xlsx"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/lo" "$work/libreoffice.xlsx" >/dev/null
cp "$work/lo/libreoffice.xlsx" "$out/libreoffice.xlsx"
ssconvert --export-type=Gnumeric_Excel:xlsx2 "$out/exceljs.xlsx" "$out/gnumeric.xlsx" 2>/dev/null
ls -l "$out"
