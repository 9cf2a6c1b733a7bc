"""The returns of the corpus: who writes each, in which language, with which of real files' habits.

Feature words (see build.py for what each does to the sheet):
  title            a merged title row above everything        notes          notes under the table
  instructions     a second sheet with instructions (first or after the return: "instructions-first")
  blank-rows       empty rows inside the table                 merged         a country cell merged over two rows
  hidden-column    a hidden helper column right of the table   split-dates    Start/End date helper columns
  million-rows     a million empty formatted rows below        reorder        partner column moved to the end
  inline-meta      "Label: value" in one cell                  alt-labels     "Member State"/"État membre"/"Mitgliedstaat"
Hand-made package words: inline-strings, iso-dates (t="d"), str-formulas (t="str"), shared-formulas, date1904,
  no-styles, absolute-targets, x-prefix.
"""

def R(name, writer, lang, delegation, rows=14, headers=None, dates=(), numbers=(), formulas=(), features=()):
    return {"name": name, "writer": writer, "lang": lang, "delegation": delegation, "rows": rows,
            "headers": headers or lang, "dates": list(dates), "numbers": list(numbers), "formulas": list(formulas),
            "features": list(features)}


RETURNS = [
    # openpyxl ---------------------------------------------------------------------------------------------------
    R("en-01-united-kingdom", "openpyxl", "en", "United Kingdom", 14, dates=["mmm-yy", "mmmm yyyy", "yyyy", "dd/mm/yyyy"],
      numbers=["GBP-809", "plain", "percent"], features=["title", "notes"]),
    R("en-02-malta", "openpyxl", "en", "Malta", 10, numbers=["EUR-sym"], features=["million-rows"]),
    R("en-03-ireland", "openpyxl", "en", "Ireland", 14, numbers=["general"], features=["split-dates", "instructions-first", "hidden-column"]),
    R("en-04-sweden", "openpyxl", "en", "Sweden", 14, headers="en-variant", numbers=["SEK", "kr-41D"],
      features=["merged", "blank-rows", "inline-meta", "alt-labels"]),
    R("fr-01-france", "openpyxl", "fr", "France", 15, dates=["fr:mmmm yyyy", "dd/mm/yyyy"], numbers=["EUR-sym", "percent"], features=["notes"]),
    R("fr-02-belgique", "openpyxl", "fr", "Belgique", 13, headers="fr-variant",
      features=["merged", "blank-rows", "inline-meta", "alt-labels", "instructions"]),
    R("fr-03-luxembourg", "openpyxl", "fr", "Luxembourg", 12, features=["split-dates", "hidden-column", "title"]),
    R("de-01-deutschland", "openpyxl", "de", "Deutschland", 15, dates=["de:d. mmmm yyyy", "yyyy"], numbers=["EUR-407", "plain"], features=["notes"]),
    R("de-02-oesterreich", "openpyxl", "de", "Österreich", 13, numbers=["percent"], features=["merged", "blank-rows", "alt-labels"]),
    R("de-03-luxemburg", "openpyxl", "de", "Luxemburg", 12, features=["split-dates", "instructions-first"]),
    # LibreOffice Calc (Python-UNO) ------------------------------------------------------------------------------
    R("en-01-czech-republic", "libreoffice", "en", "Czech Republic", 14, dates=["mmm-yy", "d. mmmm yyyy"], numbers=["plain", "general"],
      formulas=["1200*3"], features=["title", "notes"]),
    R("en-02-finland", "libreoffice", "en", "Finland", 13, formulas=["15000+2500"], features=["split-dates", "merged"]),
    R("en-03-eurojust", "libreoffice", "en", "Eurojust", 14, headers="en-variant", dates=["yyyy"], numbers=["percent", "EUR-sym"],
      features=["hidden-column", "instructions-first", "blank-rows"]),
    R("fr-01-france", "libreoffice", "fr", "France", 14, dates=["dd/mm/yyyy", "mmm-yy"], formulas=["40000*0.8"], features=["notes"]),
    R("fr-02-belgique", "libreoffice", "fr", "Belgique", 12, headers="fr-variant", features=["split-dates", "inline-meta"]),
    R("de-01-oesterreich", "libreoffice", "de", "Österreich", 14, dates=["dd.mm.yyyy", "mmmm yyyy"], formulas=["1200*3"], features=["merged"]),
    R("de-02-deutschland", "libreoffice", "de", "Deutschland", 13, headers="de-variant", numbers=["EUR-sym", "SEK"],
      features=["instructions-first", "hidden-column", "alt-labels"]),
    # Gnumeric (ssconvert from .gnumeric XML) --------------------------------------------------------------------
    R("en-01-netherlands", "gnumeric", "en", "Netherlands", 14, dates=["dd/mm/yyyy", "yyyy"], numbers=["plain", "USD-409"], formulas=["1200*3"]),
    R("en-02-europol", "gnumeric", "en", "Europol", 13, features=["blank-rows", "notes", "merged", "title"]),
    R("fr-01-luxembourg", "gnumeric", "fr", "Luxembourg", 13, dates=["mmm-yy"], numbers=["EUR-sym"], formulas=["15000+2500"]),
    R("fr-02-france", "gnumeric", "fr", "France", 12, features=["inline-meta", "instructions"]),
    R("de-01-deutschland", "gnumeric", "de", "Deutschland", 14, dates=["dd.mm.yyyy"], numbers=["percent"], formulas=["40000*0.8"]),
    R("de-02-oesterreich", "gnumeric", "de", "Österreich", 12, features=["split-dates", "notes"]),
    # exceljs 4.4.0 (node) --------------------------------------------------------------------------------------
    R("en-01-denmark", "exceljs", "en", "Denmark", 14, dates=["mmm yy, 2013", "mmmm yyyy"], numbers=["plain"], formulas=["1200*3"],
      features=["merged", "hidden-column"]),
    R("en-02-frontex", "exceljs", "en", "Frontex", 13, features=["split-dates", "title", "instructions-first"]),
    R("fr-01-belgique", "exceljs", "fr", "Belgique", 14, dates=["fr:mmmm yyyy"], numbers=["EUR-407"], features=["notes"]),
    R("fr-02-france", "exceljs", "fr", "France", 12, headers="fr-variant", formulas=["40000*0.8"], features=["blank-rows", "alt-labels"]),
    R("de-01-oesterreich", "exceljs", "de", "Österreich", 14, dates=["de:d. mmmm yyyy", "de:mmmm yyyy"], numbers=["EUR-sym", "percent"]),
    R("de-02-luxemburg", "exceljs", "de", "Luxemburg", 12, headers="de-variant", features=["merged", "split-dates", "inline-meta"]),
    # Hand-made OOXML packages (python zipfile, raw XML) ---------------------------------------------------------
    R("en-01-cyprus", "ooxml", "en", "Cyprus", 13, numbers=["general"], features=["inline-strings", "no-styles", "absolute-targets"]),
    R("en-02-portugal", "ooxml", "en", "Portugal", 14, dates=["dd/mm/yyyy", "mmm-yy", "yyyy"], formulas=["1200*3"],
      features=["iso-dates", "str-formulas", "shared-formulas", "notes"]),
    R("en-03-greece", "ooxml", "en", "Greece", 13, dates=["mmmm yyyy", "dd/mm/yyyy"], numbers=["plain", "SEK"], features=["date1904", "split-dates"]),
    R("en-04-slovenia", "ooxml", "en", "Slovenia", 13, dates=["mmm-yy"], numbers=["EUR-sym"], features=["x-prefix", "merged"]),
    R("fr-01-france", "ooxml", "fr", "France", 13, dates=["fr:mmmm yyyy"], formulas=["15000+2500"],
      features=["inline-strings", "iso-dates", "shared-formulas"]),
    R("fr-02-belgique", "ooxml", "fr", "Belgique", 12, dates=["dd/mm/yyyy"], numbers=["kr-41D"], features=["x-prefix", "absolute-targets", "date1904"]),
    R("de-01-deutschland", "ooxml", "de", "Deutschland", 13, dates=["de:d. mmmm yyyy", "dd.mm.yyyy"], numbers=["EUR-407"],
      features=["str-formulas", "iso-dates", "date1904"]),
    R("de-02-oesterreich", "ooxml", "de", "Österreich", 12, numbers=["general"], features=["no-styles", "inline-strings", "absolute-targets"]),
]
