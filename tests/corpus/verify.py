#!/usr/bin/env python3
"""Opens every corpus file with openpyxl (an independent reader) and checks that it holds what the spec put in it:
every cell's text, number, date (1900 or 1904 based) or formula value, each typed cell's number format (up to the
spelling each writer uses: LibreOffice's "[$-409]" tag, backslash and quote escapes), the merged ranges and the
hidden columns. Exit 1 on any difference. Usage: verify.py [--print-rows N] (prints N sample rows per file too).
"""
import datetime
import json
import os
import re
import sys
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def same_format(written, meant):
    def norm(code):
        code = code.replace("[$-409]", "")
        return re.sub(r'[\\"]', "", code).lower()
    return norm(written) == norm(meant)


def last_row_element(path):
    """The number of the last <row> element of the largest sheet part (openpyxl's max_row skips empty formatted rows)."""
    with zipfile.ZipFile(path) as z:
        part = max((i for i in z.infolist() if i.filename.startswith("xl/worksheets/")), key=lambda i: i.file_size)
        with z.open(part) as f:
            f.seek(max(0, part.file_size - 4096))
            tail = f.read().decode("utf-8", "replace")
    rows = re.findall(r'<row r="(\d+)"', tail)
    return int(rows[-1]) if rows else None


def check(ret):
    problems = []
    path = os.path.join(HERE, ret["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    if [s["name"] for s in ret["sheets"]] != wb.sheetnames:
        problems.append(f"sheets {wb.sheetnames} != {[s['name'] for s in ret['sheets']]}")
        return problems
    for spec in ret["sheets"]:
        ws = wb[spec["name"]]
        for cell in spec["cells"]:
            got = ws.cell(row=cell["r"], column=cell["c"])
            where = f"{spec['name']}!{got.coordinate}"
            t = cell["t"]
            if t in ("s", "fs"):
                ok = got.value == cell["v"]
            elif t == "d":
                ok = isinstance(got.value, datetime.datetime) and got.value.date().isoformat() == cell["v"]
            else:
                ok = isinstance(got.value, (int, float)) and abs(got.value - cell["v"]) < 1e-9
            if not ok:
                problems.append(f"{where}: {got.value!r}, meant {cell['v']!r}")
            if t in ("d", "n", "f") and cell.get("fmt") and not same_format(got.number_format, cell["fmt"]):
                problems.append(f"{where}: format {got.number_format!r}, meant {cell['fmt']!r}")
        merges = sorted(str(r) for r in ws.merged_cells.ranges)
        if merges != sorted(spec["merges"]):
            problems.append(f"{spec['name']}: merges {merges} != {sorted(spec['merges'])}")
        hidden = sorted(openpyxl.utils.column_index_from_string(k) for k, d in ws.column_dimensions.items() if d.hidden)
        if hidden != sorted(spec["hiddenColumns"]):
            problems.append(f"{spec['name']}: hidden columns {hidden} != {spec['hiddenColumns']}")
        if spec.get("formattedRowsTo"):
            last = last_row_element(path)
            if last != spec["formattedRowsTo"]:
                problems.append(f"{spec['name']}: the last <row> is {last}, meant {spec['formattedRowsTo']}")
    return problems


def main(argv):
    with open(os.path.join(HERE, "spec", "corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    bad = 0
    for ret in corpus:
        problems = check(ret)
        bad += len(problems)
        print(f"{ret['file']}: {'ok' if not problems else str(len(problems)) + ' difference(s)'}")
        for p in problems[:20]:
            print("   ", p)
    print(f"{len(corpus)} files, {bad} difference(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
