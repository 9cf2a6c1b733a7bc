"""Prints what pandas reads in a workbook as JSON: [{"name", "rows": [[cell text or null, ...], ...]}] in sheet order.
Usage: /usr/bin/python3 read-pandas.py FILE.xlsx (Debian's python3-pandas, with openpyxl as its engine)"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
import pandas

frames = pandas.read_excel(sys.argv[1], sheet_name=None, header=None, dtype=str)
sheets = []
for name, frame in frames.items():
    rows = [[None if pandas.isna(v) else str(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    sheets.append({"name": name, "rows": rows})
json.dump(sheets, sys.stdout)
