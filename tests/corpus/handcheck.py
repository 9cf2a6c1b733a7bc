#!/usr/bin/env python3
"""Prints a sample of 40 corpus rows (20 with typed cells, 20 text-only, spread over every writer and language) as two
independent readers see them — openpyxl (stored values) and LibreOffice (the text as shown, exported to CSV) — next
to the reading the spec says the delegation meant, for a person to compare line by line (see README.md).
Needs Debian's python3-openpyxl and LibreOffice. Usage: /usr/bin/python3 handcheck.py > handcheck.txt
"""
import csv
import json
import os
import subprocess
import tempfile
import warnings

import openpyxl

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
SHOWN_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true,false,false,-1"   # as shown, every sheet


def sample(expected):
    typed = [x for x in expected if x["typed"]]
    text = [x for x in expected if not x["typed"] and "million-rows" not in x["file"] and "malta" not in x["file"]]
    return typed[::6][:20] + text[::13][:20]


def main():
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    with open(os.path.join(HERE, "spec", "corpus.json"), encoding="utf-8") as f:
        corpus = {r["file"]: r for r in json.load(f)}
    rows = sample(expected)
    with tempfile.TemporaryDirectory(prefix="corpus-handcheck-") as work:
        files = sorted({x["file"] for x in rows})
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", SHOWN_CSV,
                        "--outdir", work] + [os.path.join(HERE, f) for f in files],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for k, x in enumerate(rows, 1):
            sheet = next(s for s in corpus[x["file"]]["sheets"] if s.get("headerRow"))
            ws = openpyxl.load_workbook(os.path.join(HERE, x["file"]), data_only=True)[sheet["name"]]
            stored = [ws.cell(row=x["sheetRow"], column=c).value for c in range(1, sheet["columns"] + 1)]
            csv_path = os.path.join(work, os.path.basename(x["file"])[:-5] + "-" + sheet["name"] + ".csv")
            with open(csv_path, encoding="utf-8") as f:
                shown = list(csv.reader(f))[x["sheetRow"] - 1]
            d, fu = x["duration"], x["funding"]
            print(f"#{k} {x['file']} row {x['sheetRow']} [{x['writer']}/{x['language']}] typed={x['typed']}")
            print("   openpyxl stores:", [str(v)[:50] for v in stored])
            print("   LibreOffice shows:", [v[:50] for v in shown])
            print(f"   meant: country={x['country']!r} codes={x['codes']} form={x['form']!r} category={x['category']}")
            helpers = f" start/end {d['startRaw']!r}/{d['endRaw']!r}" if "startRaw" in d else ""
            print(f"          duration {d.get('raw')!r}{helpers} -> {d['start']}..{d['end']} ongoing={d['ongoing']}")
            print(f"          funding {fu['raw']!r} -> {fu['kinds']} {fu['amountEur']}/{fu['minEur']}/{fu['maxEur']}")


if __name__ == "__main__":
    main()
