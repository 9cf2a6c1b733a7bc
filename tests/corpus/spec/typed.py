"""Typed cells as Excel users produce them: what is stored, its number format, what Excel shows, and what it means.

Month names show in English unless the format carries a locale tag ([$-407] German, [$-40C] French), as in Excel.
"""
from .cells import *

# Date cells in the Duration column. A date cell means what its format shows: no day in the format, no day meant.
DURATION_DATES = {
    "mmm-yy":        (date("2012-03-01", "mmm-yy", "Mar-12"), single("2012-03")),
    "mmmm yyyy":     (date("2011-11-01", "mmmm yyyy", "November 2011"), single("2011-11")),
    "yyyy":          (date("2012-01-01", "yyyy", "2012"), single("2012")),
    "dd/mm/yyyy":    (date("2010-10-15", "dd/mm/yyyy", "15/10/2010"), single("2010-10-15")),
    "d. mmmm yyyy":  (date("2011-05-12", "d. mmmm yyyy", "12. May 2011"), single("2011-05-12")),
    "de:d. mmmm yyyy": (date("2011-05-12", "[$-407]d. mmmm yyyy", "12. Mai 2011"), single("2011-05-12")),
    "de:mmmm yyyy":  (date("2012-09-01", "[$-407]mmmm yyyy", "September 2012"), single("2012-09")),
    "fr:mmmm yyyy":  (date("2012-03-01", "[$-40C]mmmm yyyy", "mars 2012"), single("2012-03")),
    "dd.mm.yyyy":    (date("2011-06-30", "dd.mm.yyyy", "30.06.2011"), single("2011-06-30")),
    "mmm yy, 2013":  (date("2013-02-01", "mmm yy", "Feb 13"), single("2013-02")),
}

# Split start/end helper cells: (start cell, end cell or None, expectation).
SPLIT_DATES = [
    (date("2012-03-01", "mmm-yy", "Mar-12"), date("2013-06-01", "mmm-yy", "Jun-13"), span("2012-03", "2013-06")),
    (date("2010-11-01", "dd/mm/yyyy", "01/11/2010"), date("2011-07-31", "dd/mm/yyyy", "31/07/2011"), span("2010-11-01", "2011-07-31")),
    (date("2011-01-01", "yyyy", "2011"), date("2012-01-01", "yyyy", "2012"), span("2011", "2012")),
    (date("2009-10-01", "mmmm yyyy", "October 2009"), None, since("2009-10")),
    (date("2012-02-15", "d. mmmm yyyy", "15. February 2012"), date("2012-02-17", "d. mmmm yyyy", "17. February 2012"), span("2012-02-15", "2012-02-17")),
    (date("2010-06-01", "mmm-yy", "Jun-10"), date("2010-12-31", "dd/mm/yyyy", "31/12/2010"), span("2010-06", "2010-12-31")),
]

# Number cells in the Funding column.
FUNDING_NUMBERS = {
    "SEK":      (num(3500000, '#,##0 "SEK"', "3,500,000 SEK"), OTHER_CURRENCY),
    "kr-41D":   (num(1250000, '#,##0\\ [$kr-41D]', "1,250,000 kr"), OTHER_CURRENCY),
    "GBP-809":  (num(45000, '[$£-809]#,##0', "£45,000"), OTHER_CURRENCY),
    "EUR-sym":  (num(28050, '#,##0 €', "28,050 €"), amount(28050)),
    "EUR-407":  (num(7800, '[$€-407] #,##0.00', "€ 7,800.00"), amount(7800)),
    "percent":  (num(0.25, '0%', "25%"), SHARE),
    "plain":    (num(53368.01, '#,##0.00', "53,368.01"), amount(53368.01)),
    "general":  (num(125000, 'General', "125000"), amount(125000)),
    "USD-409":  (num(60000, '[$$-409]#,##0', "$60,000"), OTHER_CURRENCY),
}

FUNDING_FORMULAS = {
    "1200*3":       (formula("1200*3", 3600, "General", "3600"), amount(3600)),
    "15000+2500":   (formula("15000+2500", 17500, '#,##0 €', "17,500 €"), amount(17500)),
    "40000*0.8":    (formula("40000*0.8", 32000, '#,##0.00', "32,000.00"), amount(32000)),
}

# Formulas whose cached result is text (t="str" in the package), for hand-made packages.
STR_FORMULAS = [
    ({"t": "fs", "f": 'CONCATENATE("12.500"," EUR")', "v": "12.500 EUR", "shown": "12.500 EUR"}, amount(12500)),
    ({"t": "fs", "f": 'IF(TRUE,"n/a","")', "v": "n/a", "shown": "n/a"}, NOT_AVAILABLE),
]

# A formula filled down over three funding cells: Excel writes it once (t="shared") and refers to it below.
SHARED_FORMULA = ({"t": "f", "f": "2500*4", "v": 10000, "fmt": "#,##0 €", "shown": "10,000 €"}, amount(10000))
