#!/usr/bin/env python3
"""Score the normalisation in `thb check --json` output against hand-checked expectations.

Usage:
  score_check.py EXPECTED.json ACTUAL.json [ACTUAL.json ...] [--min-funding F] [--min-duration D] [--min-country C]
                [--min-kind K] [--min-form M] [--exact-precision] [--by FIELD] [--max-misses N]

EXPECTED.json is a list of expectations, one per annex row, in the order of the return:
  {"delegation": "Austria", "country": "<first cell>", "form": "<second cell>", "description": "<third cell>",
   "funding":  {"kinds": ["amount"], "amountEur": 53368.01, "minEur": null, "maxEur": null},
   "duration": {"start": ["2009-11-01"], "end": ["2010-07-31"], "ongoing": false},
   "codes": ["AT"], "nonCountry": false}
Each ACTUAL.json is what `thb check FILE --json` printed for one return. Rows are aligned per delegation, in
order, on the raw text of their first three cells (white space folded), so a reader that drops, splits or merges
rows, or alters the raw text, loses those rows.

Scores (share of expected rows that are right):
  funding   amountEur / minEur / maxEur equal to the cent (null where null is expected)
  kind      funding kind among the accepted kinds
  duration  start and end equal at the precision written (a more precise value that agrees is accepted;
            a less precise one is not); ongoing true where expected true
  country   the set of ISO 3166-1 alpha-2 codes of places of kind "country" equals the expected set
With --exact-precision a date must be at exactly the precision written: an invented day or month is wrong.

Corpus extensions (tests/corpus; with the sample expectations the output is unchanged byte for byte):
  form      the form's "category" among the expectation's accepted "category" list; a row without "category" is
            not scored on it. Its figure, and kind misses, are printed when some expectation has a "category".
  --min-kind / --min-form   minimums for the kind and form scores (--min-kind used to be accepted and ignored).
  "file"    an expectation with a "file" is aligned only with the rows of the actual document of that file name
            (its "file"), so that two returns of one delegation never borrow each other's rows.
  --by FIELD   after the figures, one line per value of the expectation's FIELD (e.g. writer, language, file).
  --max-misses N   list up to N misses (default 60).
  --align-on-description   diagnosis only: align on the description alone, so that a row whose country or form
            header was not recognised (its raw text lost) is still compared field by field.
An expectation whose "funding", "duration" or "codes" is null is not scored on that field (the source is too
ambiguous to hold anyone to one reading). Exit 0 when every score reaches its minimum (default 0), 1 otherwise.
The last line is the figures.
"""
import difflib
import json
import re
import sys


def norm_text(s):
    return re.sub(r"\s+", " ", (s or "")).strip().lower()


def raw(cell):
    return cell.get("raw") if isinstance(cell, dict) else cell


DESCRIPTION_ONLY = False  # --align-on-description


def signature(country, form, description):
    if DESCRIPTION_ONLY:
        return norm_text(description)[:120]
    return "|".join(norm_text(x)[:120] for x in (country, form, description))


def amount_eq(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 0.005
    except (TypeError, ValueError):
        return False


EXACT = False  # --exact-precision: a date more precise than written (an invented day or month) is wrong


def date_ok(actual, alternatives):
    for want in alternatives:
        if EXACT and want is not None:
            if actual == want:
                return True
            continue
        if want is None:
            if actual in (None, ""):
                return True
        elif isinstance(actual, str) and actual.startswith(want) and len(actual) >= len(want):
            return True
    return False


def actual_rows(paths):
    by_delegation = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        rows = by_delegation.setdefault(norm_text(doc.get("delegation") or ""), [])
        rows.extend(doc.get("rows", []))
        # Corpus expectations name their file: the same rows, also grouped by (delegation, file name).
        by_file = by_delegation.setdefault((norm_text(doc.get("delegation") or ""), file_key(doc.get("file"))), [])
        by_file.extend(doc.get("rows", []))
    return by_delegation


def file_key(path):
    return re.split(r"[\\/]", path or "")[-1].lower()


def group_key(exp):
    if exp.get("file"):
        return (norm_text(exp["delegation"]), file_key(exp["file"]))
    return norm_text(exp["delegation"])


def align(expected, by_delegation):
    """Pairs each expected row with the actual row that carries the same raw text, in order."""
    pairs = {}
    groups = {}
    for index, exp in enumerate(expected):
        groups.setdefault(group_key(exp), []).append(index)
    for delegation, indexes in groups.items():
        rows = by_delegation.get(delegation, [])
        want = [signature(expected[i]["country"], expected[i]["form"], expected[i]["description"]) for i in indexes]
        got = [signature(raw(r.get("countryRegion")), raw(r.get("form")), raw(r.get("description"))) for r in rows]
        matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                pairs[indexes[block.a + k]] = rows[block.b + k]
    return pairs


def main(argv):
    mins = {"funding": 0.0, "duration": 0.0, "country": 0.0}
    args = []
    by = None
    max_misses = 60
    i = 0
    global EXACT
    while i < len(argv):
        if argv[i] == "--exact-precision":
            EXACT = True
            i += 1
        elif argv[i] == "--align-on-description":
            global DESCRIPTION_ONLY
            DESCRIPTION_ONLY = True
            i += 1
        elif argv[i] == "--by":
            by = argv[i + 1]
            i += 2
        elif argv[i] == "--max-misses":
            max_misses = int(argv[i + 1])
            i += 2
        elif argv[i].startswith("--min-"):
            mins[argv[i][6:]] = float(argv[i + 1])
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) < 2:
        print(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as f:
        expected = json.load(f)
    pairs = align(expected, actual_rows(args[1:]))
    extended = any("category" in exp for exp in expected)
    hits, scored, missing, misses = score(expected, pairs, extended)
    n = len(expected)
    for line in misses[:max_misses]:
        print("  " + line)
    if len(misses) > max_misses:
        print(f"  ... {len(misses) - max_misses} more")
    scores = {k: (hits[k] / scored[k] if scored[k] else 0.0) for k in hits}
    fields = ("funding", "kind", "duration", "country") + (("form",) if extended else ())
    short = [k for k in ("funding", "duration", "country", "kind", "form") if k in mins and scores[k] < mins[k]]
    if by is not None:
        for value in sorted({str(exp.get(by)) for exp in expected}):
            subset = [i for i, exp in enumerate(expected) if str(exp.get(by)) == value]
            h, s, m, _ = score([expected[i] for i in subset], {k: pairs[i] for k, i in enumerate(subset) if i in pairs}, extended)
            print(f"  {by} {value}: rows {len(subset)}, not found {m}; "
                  + ", ".join(f"{k} {(h[k] / s[k] if s[k] else 0.0):.3f}" for k in fields))
    print(f"rows {n}, not found {missing}; " + ", ".join(f"{k} {scores[k]:.3f}" for k in fields)
          + (f"; below minimum: {', '.join(short)}" if short else ""))
    return 1 if short else 0


def where(exp):
    """Corpus misses say which file and sheet row they are at; the samples' misses read as before."""
    if not exp.get("file"):
        return ""
    return f"[{file_key(exp['file'])} row {exp.get('sheetRow', '?')}] "


def score(expected, pairs, extended):
    """Hits and scored counts per field, rows not found, and the misses, for expectations paired with actual rows."""
    hits = {"funding": 0, "kind": 0, "duration": 0, "country": 0, "form": 0}
    scored = {"funding": 0, "kind": 0, "duration": 0, "country": 0, "form": 0}
    missing = 0
    misses = []
    for index, exp in enumerate(expected):
        row = pairs.get(index)
        if row is None:
            missing += 1
            misses.append(where(exp) + f"row not found: {exp['delegation']} / {exp['description'][:40]!r}")
            continue
        fund = row.get("funding") or {}
        ef = exp.get("funding")
        if ef is not None:
            scored["funding"] += 1
            scored["kind"] += 1
            if all(amount_eq(fund.get(k), ef.get(k)) for k in ("amountEur", "minEur", "maxEur")):
                hits["funding"] += 1
            else:
                misses.append(where(exp) + f"funding {fund.get('raw')!r}: got {fund.get('amountEur')}/{fund.get('minEur')}/{fund.get('maxEur')}, want {ef.get('amountEur')}/{ef.get('minEur')}/{ef.get('maxEur')}")
            if fund.get("kind") in ef["kinds"]:
                hits["kind"] += 1
            elif extended:
                misses.append(where(exp) + f"kind {fund.get('raw')!r}: got {fund.get('kind')}, want {'/'.join(ef['kinds'])}")
        dur = row.get("duration") or {}
        ed = exp.get("duration")
        if ed is not None:
            scored["duration"] += 1
            ok = date_ok(dur.get("start"), ed["start"]) and date_ok(dur.get("end"), ed["end"])
            if ed.get("ongoing") is True and dur.get("ongoing") is not True:
                ok = False
            if ok:
                hits["duration"] += 1
            else:
                misses.append(where(exp) + f"duration {dur.get('raw')!r}: got {dur.get('start')}..{dur.get('end')} ongoing={dur.get('ongoing')}, want {ed['start']}..{ed['end']} ongoing={ed.get('ongoing')}")
        if exp.get("codes") is not None:
            scored["country"] += 1
            places = (row.get("countryRegion") or {}).get("places") or []
            codes = sorted({(p.get("code") or "").upper() for p in places if p.get("kind") == "country"})
            if codes == sorted(c.upper() for c in exp["codes"]):
                hits["country"] += 1
            else:
                raw_text = (row.get("countryRegion") or {}).get("raw")
                misses.append(where(exp) + f"country {raw_text!r}: got {codes}, want {sorted(exp['codes'])}")
        if exp.get("category") is not None:
            scored["form"] += 1
            form = row.get("form") or {}
            if form.get("category") in exp["category"]:
                hits["form"] += 1
            else:
                misses.append(where(exp) + f"form {form.get('raw')!r}: got {form.get('category')}, want {'/'.join(exp['category'])}")
    # A row that was not found counts against every field it is scored on.
    for index, exp in enumerate(expected):
        if index not in pairs:
            for field, key in (("funding", "funding"), ("kind", "funding"), ("duration", "duration"), ("country", "codes"),
                               ("form", "category")):
                if exp.get(key) is not None:
                    scored[field] += 1
    return hits, scored, missing, misses


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
