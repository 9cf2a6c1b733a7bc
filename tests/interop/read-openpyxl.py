"""Prints what openpyxl reads in a workbook as JSON: [{"name", "rows": [[cell text or null, ...], ...]}] in sheet order.
Usage: /usr/bin/python3 read-openpyxl.py FILE.xlsx (Debian's python3-openpyxl)"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
from openpyxl import load_workbook

workbook = load_workbook(sys.argv[1])
sheets = []
for sheet in workbook.worksheets:
    rows = [[None if v is None else str(v) for v in row] for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True)]
    sheets.append({"name": sheet.title, "rows": rows})
json.dump(sheets, sys.stdout)
