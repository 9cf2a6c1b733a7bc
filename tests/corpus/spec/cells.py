"""Cell and expectation builders shared by the content pools.

A cell is a dict: {"t": "s", "v": text} for text, or a typed cell with the text Excel shows ("shown"):
  {"t": "d", "v": "2012-03-01", "fmt": "mmm-yy", "shown": "Mar-12"}              a date cell
  {"t": "n", "v": 3500000, "fmt": '#,##0 "SEK"', "shown": "3,500,000 SEK"}      a number cell
  {"t": "f", "f": "1200*3", "v": 3600, "fmt": "General", "shown": "3600"}       a formula with its cached value
The expectation of a field is what the delegation meant, written down by hand next to the text.
"""


def col_letter(n):
    """1 → A, 27 → AA."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def txt(text):
    return {"t": "s", "v": text}


def date(iso, fmt, shown):
    return {"t": "d", "v": iso, "fmt": fmt, "shown": shown}


def num(value, fmt, shown):
    return {"t": "n", "v": value, "fmt": fmt, "shown": shown}


def formula(expr, value, fmt, shown):
    return {"t": "f", "f": expr, "v": value, "fmt": fmt, "shown": shown}


def shown(cell):
    """The text a person sees in the cell."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    return cell["v"] if cell["t"] == "s" else cell["shown"]


# Funding expectations ------------------------------------------------------------------------------------------
def amount(eur):
    return {"kinds": ["amount"], "amountEur": eur, "minEur": None, "maxEur": None}


def between(lo, hi):
    return {"kinds": ["range"], "amountEur": None, "minEur": lo, "maxEur": hi}


def no_money(*kinds):
    return {"kinds": list(kinds), "amountEur": None, "minEur": None, "maxEur": None}


NON_MONETARY = no_money("non-monetary")
NOT_AVAILABLE = no_money("not-available")
PLACEHOLDER = no_money("placeholder")
EMPTY = no_money("empty", "not-available")
OTHER_CURRENCY = no_money("other-currency")
SHARE = no_money("non-monetary", "not-available")          # "25%": a share of a cost, not an amount
NOT_AN_AMOUNT = no_money("non-monetary", "not-available", "placeholder")   # "-2+3": formula-like text


# Duration expectations -----------------------------------------------------------------------------------------
def span(start, end, ongoing=False):
    """From start to end, each at exactly the precision written (None: not written)."""
    return {"start": [start], "end": [end], "ongoing": ongoing}


def single(day):
    """One date, month or year: start is it, end is it or left open."""
    return {"start": [day], "end": [day, None], "ongoing": False}


def since(start, ongoing=False):
    return {"start": [start], "end": [None], "ongoing": ongoing}


def until(*ends):
    return {"start": [None], "end": list(ends), "ongoing": False}


NO_DATES = {"start": [None], "end": [None], "ongoing": False}
ONGOING = {"start": [None], "end": [None], "ongoing": True}
