"""Writes the Gnumeric returns: a .gnumeric XML workbook per return (Gnumeric's own file format, with its number
formats, merges and hidden columns), converted to .xlsx by Gnumeric's `ssconvert` (Debian's gnumeric). Gnumeric
evaluates the formulas on load and writes their values; it stamps docProps/core.xml with the time of conversion.
"""
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

from common import each_return, output_path, serial

VALUE_FLOAT, VALUE_STRING = 40, 60


def sheet_xml(spec):
    out = ["<gnm:Sheet DisplayFormulas=\"0\" HideZero=\"0\" HideGrid=\"0\" HideColHeader=\"0\" HideRowHeader=\"0\" "
           "DisplayOutlines=\"1\" OutlineSymbolsBelow=\"1\" OutlineSymbolsRight=\"1\" Visibility=\"GNM_SHEET_VISIBILITY_VISIBLE\" GridColor=\"0:0:0\">",
           f"<gnm:Name>{escape(spec['name'])}</gnm:Name>",
           f"<gnm:MaxCol>{max(c['c'] for c in spec['cells']) - 1}</gnm:MaxCol>",
           f"<gnm:MaxRow>{max(c['r'] for c in spec['cells']) - 1}</gnm:MaxRow>"]
    cols = []
    for c, width in sorted(spec["widths"].items(), key=lambda kv: int(kv[0])):
        hidden = ' Hidden="1"' if int(c) in spec["hiddenColumns"] else ""
        cols.append(f'<gnm:ColInfo No="{int(c) - 1}" Unit="{width * 5.25:.2f}" HardSize="1"{hidden}/>')
    out.append(f'<gnm:Cols DefaultSizePts="48">{"".join(cols)}</gnm:Cols>')
    styles = []
    for cell in spec["cells"]:
        fmt = cell.get("fmt")
        wrap = cell["c"] in spec["wrapColumns"]
        if (fmt and fmt != "General") or wrap:
            attrs = f' Format={quoteattr(fmt)}' if fmt and fmt != "General" else ""
            attrs += ' WrapText="1" VAlign="GNM_VALIGN_TOP"' if wrap else ""
            r, c = cell["r"] - 1, cell["c"] - 1
            styles.append(f'<gnm:StyleRegion startCol="{c}" startRow="{r}" endCol="{c}" endRow="{r}"><gnm:Style{attrs}/></gnm:StyleRegion>')
    out.append(f'<gnm:Styles>{"".join(styles)}</gnm:Styles>')
    cells = []
    for cell in sorted(spec["cells"], key=lambda c: (c["r"], c["c"])):
        pos = f'Row="{cell["r"] - 1}" Col="{cell["c"] - 1}"'
        t = cell["t"]
        if t == "s":
            cells.append(f'<gnm:Cell {pos} ValueType="{VALUE_STRING}">{escape(cell["v"])}</gnm:Cell>')
        elif t == "d":
            cells.append(f'<gnm:Cell {pos} ValueType="{VALUE_FLOAT}">{serial(cell["v"])}</gnm:Cell>')
        elif t == "n":
            cells.append(f'<gnm:Cell {pos} ValueType="{VALUE_FLOAT}">{cell["v"]}</gnm:Cell>')
        elif t == "f":
            cells.append(f'<gnm:Cell {pos}>={escape(cell["f"])}</gnm:Cell>')
        else:
            raise ValueError(t)
    out.append(f'<gnm:Cells>{"".join(cells)}</gnm:Cells>')
    if spec["merges"]:
        out.append("<gnm:MergedRegions>" + "".join(f"<gnm:Merge>{m}</gnm:Merge>" for m in spec["merges"]) + "</gnm:MergedRegions>")
    out.append("</gnm:Sheet>")
    return "".join(out)


def workbook_xml(ret):
    names = "".join(f"<gnm:SheetName>{escape(s['name'])}</gnm:SheetName>" for s in ret["sheets"])
    sheets = "".join(sheet_xml(s) for s in ret["sheets"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">'
            f'<gnm:SheetNameIndex>{names}</gnm:SheetNameIndex><gnm:Sheets>{sheets}</gnm:Sheets></gnm:Workbook>\n')


def write(ret, work):
    source = os.path.join(work, os.path.basename(ret["file"]).replace(".xlsx", ".gnumeric"))
    with open(source, "w", encoding="utf-8") as f:
        f.write(workbook_xml(ret))
    target = output_path(ret)
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", source, target], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main():
    with tempfile.TemporaryDirectory(prefix="corpus-gnumeric-") as work:
        for ret in each_return("gnumeric", sys.argv[1:]):
            write(ret, work)


if __name__ == "__main__":
    main()
