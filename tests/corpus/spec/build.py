"""Composes every return of the corpus from the content pools: the cells of each sheet (a grid every writer renders)
and, for each annex row, the reading the delegation meant. Run as a module: python3 -m spec.build (from tests/corpus).

Output: spec/corpus.json (grids, read by the writers), expected.json (the scorer's expectations), manifest.json.
"""
import json
import os
import sys

from . import content_de, content_en, content_fr, languages as L, typed
from .cells import col_letter, shown, txt
from .returns import RETURNS

POOLS = {"en": content_en, "fr": content_fr, "de": content_de}
CYCLE = "2012-2"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Cursor:
    """Walks a pool in a fixed order, so that every build makes the same corpus."""

    def __init__(self, items, stride=1):
        self.items, self.stride, self.at = items, stride, 0

    def next(self, skip=lambda item: False):
        for _ in range(len(self.items)):
            item = self.items[self.at % len(self.items)]
            self.at += self.stride
            if not skip(item):
                return item
        raise ValueError("pool exhausted")


def slots(count, rows, start, step):
    """Row indexes for count typed cells, spread over the table."""
    out, i = [], start
    while len(out) < count:
        if i >= rows:
            i = (i % rows) + 1
        if i not in out:
            out.append(i)
        i += step
    return out


def compose(spec, cursors):
    lang = spec["lang"]
    pool = POOLS[lang]
    feats = set(spec["features"])
    used = set()  # no action twice in one return
    n = spec["rows"]

    rows = []
    for i in range(n):
        country, codes, form, cats, desc, partner = cursors["actions"].next(lambda a: a[4] in used)
        used.add(desc)
        dcell, dexp = cursors["durations"].next()
        fcell, fexp = cursors["funding"].next()
        rows.append({"country": txt(country), "codes": codes, "form": txt(form), "category": cats,
                     "description": txt(desc), "partner": txt(partner),
                     "duration": dcell, "dexp": dexp, "funding": fcell, "fexp": fexp, "start": None, "end": None})

    # Split start/end helper cells replace the Duration text on some rows.
    taken_duration = set()
    if "split-dates" in feats:
        for k, i in enumerate(range(0, n, 2)):
            if k >= 5:
                break
            start, end, exp = typed.SPLIT_DATES[(k + cursors["split"]) % len(typed.SPLIT_DATES)]
            rows[i].update(duration=txt(""), start=start, end=end, dexp=exp)
            taken_duration.add(i)
        cursors["split"] += 1
    free = [i for i in range(n) if i not in taken_duration]
    for key, i in zip(spec["dates"], [free[j] for j in slots(len(spec["dates"]), len(free), 1, 3)]):
        cell, exp = typed.DURATION_DATES[key]
        rows[i].update(duration=cell, dexp=exp)

    money = [typed.FUNDING_NUMBERS[k] for k in spec["numbers"]] + [typed.FUNDING_FORMULAS[k] for k in spec["formulas"]]
    if "str-formulas" in feats:
        money += typed.STR_FORMULAS
    money_rows = slots(len(money), n, 0, 3)
    for (cell, exp), i in zip(money, money_rows):
        rows[i].update(funding=cell, fexp=exp)
    if "shared-formulas" in feats:
        free_money = [i for i in range(n - 1, -1, -1) if i not in money_rows][:3]
        cell, exp = typed.SHARED_FORMULA
        for k, i in enumerate(sorted(free_money)):
            rows[i].update(funding=dict(cell, shared="master" if k == 0 else "child"), fexp=exp)

    merged_at = None
    if "merged" in feats:
        merged_at = 4 if n > 6 else 1
        top = rows[merged_at]
        rows[merged_at + 1].update(country=top["country"], codes=top["codes"])
    return rows, merged_at


def layout(spec, rows, merged_at):
    """Places the rows on a sheet the way the delegation's workbook has them."""
    lang = spec["lang"]
    base = lang.split("-")[0]
    feats = set(spec["features"])
    cells, merges = [], []

    def put(r, c, cell):
        if isinstance(cell, str):
            cell = txt(cell)
        if cell is None or (cell["t"] == "s" and cell["v"] == ""):
            return
        cells.append(dict(cell, r=r, c=c))

    headers = list(L.HEADERS[spec["headers"]])
    keys = ["country", "form", "description", "partner", "duration", "funding"]
    if "split-dates" in feats:
        headers[5:5] = list(L.SPLIT_HEADERS[base])
        keys[5:5] = ["start", "end"]
    hidden = []
    if "hidden-column" in feats:
        headers.append(L.HIDDEN_HEADER[base])
        keys.append("ref")
        hidden.append(len(headers))
    width = len(headers)

    r = 1
    if "title" in feats:
        put(r, 1, L.TITLES[base])
        merges.append(f"A{r}:{col_letter(width)}{r}")
        r += 2
    label_index = 1 if "alt-labels" in feats else 0
    dlabel, clabel = L.DELEGATION_LABELS[base][label_index], L.CYCLE_LABELS[base][label_index]
    if "inline-meta" in feats:
        sep = " : " if base == "fr" else ": "
        put(r, 1, f"{dlabel}{sep}{spec['delegation']}")
        put(r + 1, 1, f"{clabel}{sep}{CYCLE}")
    else:
        put(r, 1, dlabel)
        put(r, 2, spec["delegation"])
        put(r + 1, 1, clabel)
        put(r + 1, 2, CYCLE)
    r += 3
    header_row = r
    for c, h in enumerate(headers, 1):
        put(r, c, h)
    r += 1
    first_data = r
    blank_after = {2, 7} if "blank-rows" in feats else set()
    for i, row in enumerate(rows):
        row["sheetRow"] = r
        for c, key in enumerate(keys, 1):
            if key == "ref":
                put(r, c, f"{spec['delegation'][:3].upper()}-{CYCLE}-{i + 1:03d}")
            elif key == "country" and merged_at is not None and i == merged_at + 1:
                continue
            else:
                put(r, c, row.get(key))
        if merged_at is not None and i == merged_at:
            merges.append(f"A{r}:A{r + 1}")
        r += 1
        if i in blank_after:
            r += 1
    last_data = r - 1
    if "notes" in feats:
        r += 1
        for note in L.NOTES[base]:
            put(r, 1, note)
            r += 1

    widths = {1: 24, 2: 26, 3: 60, 4: 28}
    for c in range(5, width + 1):
        widths[c] = 18
    sheet = {"name": L.RETURN_SHEET[base], "cells": cells, "merges": merges, "hiddenColumns": hidden,
             "widths": {str(k): v for k, v in widths.items()}, "wrapColumns": [3], "headerRow": header_row,
             "firstDataRow": first_data, "lastDataRow": last_data, "columns": width,
             "formattedRowsTo": 1_000_000 if "million-rows" in feats else None}
    sheets = [sheet]
    if "instructions" in feats or "instructions-first" in feats:
        lines = L.INSTRUCTIONS[base]
        instr = {"name": lines[0], "cells": [dict(txt(t), r=i + 1, c=1) for i, t in enumerate(lines)], "merges": [],
                 "hiddenColumns": [], "widths": {"1": 80}, "wrapColumns": [], "formattedRowsTo": None}
        sheets = [instr, sheet] if "instructions-first" in feats else [sheet, instr]
    return sheets


def expectation(spec, row, seq):
    dexp = dict(row["dexp"], raw=shown(row["duration"]))
    if row["start"] is not None:
        dexp["startRaw"] = shown(row["start"])
        dexp["endRaw"] = shown(row["end"])
    return {
        "delegation": spec["delegation"], "seq": seq, "file": spec["file"], "writer": spec["writer"], "language": spec["lang"],
        "sheetRow": row["sheetRow"],
        "country": shown(row["country"]), "form": shown(row["form"]), "description": shown(row["description"]),
        "funding": dict(row["fexp"], raw=shown(row["funding"])),
        "duration": dexp,
        "codes": row["codes"], "nonCountry": not row["codes"], "category": row["category"],
        "typed": {k: row[k]["t"] + ":" + row[k].get("fmt", "") for k in ("duration", "funding", "start", "end")
                  if row[k] is not None and row[k]["t"] != "s"},
    }


def build():
    cursors = {}
    for lang, pool in POOLS.items():
        cursors[lang] = {"actions": Cursor(pool.ACTIONS), "durations": Cursor(pool.DURATIONS, 1),
                         "funding": Cursor(pool.FUNDING, 1), "split": 0}
    corpus, expected, manifest = [], [], []
    for spec in RETURNS:
        spec = dict(spec, file=f"files/{spec['writer']}/{spec['writer']}-{spec['name']}.xlsx")
        rows, merged_at = compose(spec, cursors[spec["lang"]])
        sheets = layout(spec, rows, merged_at)
        feats = set(spec["features"])
        corpus.append({"file": spec["file"], "writer": spec["writer"], "language": spec["lang"], "delegation": spec["delegation"],
                       "features": spec["features"], "sheets": sheets, "date1904": "date1904" in feats})
        exps = [expectation(spec, row, i + 1) for i, row in enumerate(rows)]
        expected.extend(exps)
        manifest.append({"file": spec["file"], "writer": spec["writer"], "language": spec["lang"], "delegation": spec["delegation"],
                         "rows": len(rows), "features": spec["features"],
                         "typedCells": sum(len(e["typed"]) for e in exps)})
    return corpus, expected, manifest


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    corpus, expected, manifest = build()
    write_json(os.path.join(HERE, "spec", "corpus.json"), corpus)
    write_json(os.path.join(HERE, "expected.json"), expected)
    write_json(os.path.join(HERE, "manifest.json"), manifest)
    print(f"{len(corpus)} returns, {len(expected)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
