"""What every Python writer shares: reading spec/corpus.json and turning ISO dates into Excel serials."""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
from spec.cells import col_letter  # noqa: E402,F401  (re-exported for the writers)

FIXED_TIME = datetime.datetime(2012, 11, 30, 9, 0, 0)   # the "saved at" written where a writer lets us choose it


def returns_for(writer):
    with open(os.path.join(HERE, "spec", "corpus.json"), encoding="utf-8") as f:
        return [r for r in json.load(f) if r["writer"] == writer]


def output_path(ret):
    path = os.path.join(HERE, ret["file"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def iso_date(value):
    return datetime.date.fromisoformat(value)


def serial(value, date1904=False):
    """The Excel serial number of an ISO date (1900 system, with its phantom 29 February 1900, or 1904)."""
    d = iso_date(value)
    if date1904:
        return (d - datetime.date(1904, 1, 1)).days
    return (d - datetime.date(1899, 12, 30)).days


def each_return(writer, argv):
    """The writer's returns, or those whose file name contains one of argv; says each one it hands out."""
    for ret in returns_for(writer):
        if not argv or any(a in ret["file"] for a in argv):
            yield ret
            print(f"{writer}: {ret['file']}", file=sys.stderr)
