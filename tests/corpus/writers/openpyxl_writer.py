"""Writes the openpyxl returns of the corpus (Debian's python3-openpyxl), as a delegation's script or tool would.

openpyxl stamps the zip entries with the time of saving; we pin it while saving (time.time() and the worksheets'
temporary-file times) and set the document properties, so the output is the same on every run.
"""
import sys
import time
import zipfile
from unittest import mock

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from common import FIXED_TIME, each_return, iso_date, output_path

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def write(ret):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in ret["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        for c, width in sheet["widths"].items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(int(c))].width = width
        for c in sheet["hiddenColumns"]:
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].hidden = True
        for cell in sheet["cells"]:
            target = ws.cell(row=cell["r"], column=cell["c"])
            t = cell["t"]
            if t == "s":
                target.value = cell["v"]
            elif t == "d":
                target.value = iso_date(cell["v"])
                target.number_format = cell["fmt"]
            elif t == "n":
                target.value = cell["v"]
                target.number_format = cell["fmt"]
            else:
                raise ValueError(f"openpyxl writes no cached formula values; {ret['file']} asks for {t}")
            if cell["c"] in sheet["wrapColumns"]:
                target.alignment = Alignment(wrap_text=True, vertical="top")
            if sheet.get("headerRow") == cell["r"]:
                target.font = Font(bold=True)
                target.fill = HEADER_FILL
        for ref in sheet["merges"]:
            ws.merge_cells(ref)
        if sheet.get("headerRow"):
            ws.freeze_panes = ws.cell(row=sheet["headerRow"] + 1, column=1)
        if sheet.get("formattedRowsTo"):
            # The "formatted to the bottom" habit: empty rows that carry a style (openpyxl writes <row s=.. customFormat>).
            font = Font(name="Arial", size=10)
            for r in range(sheet["lastDataRow"] + 1, sheet["formattedRowsTo"] + 1):
                ws.row_dimensions[r].font = font
    wb.active = next(i for i, s in enumerate(ret["sheets"]) if s.get("headerRow"))
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "openpyxl"
    wb.properties.title = f"THB return {ret['delegation']}"
    # Pin the save time: zip entries written from strings take time.time(), the worksheets (spooled to a temporary
    # file first) take that file's modification time through ZipInfo.from_file.
    pinned = time.mktime(FIXED_TIME.timetuple())
    from_file = zipfile.ZipInfo.from_file

    def pinned_from_file(*args, **kwargs):
        info = from_file(*args, **kwargs)
        info.date_time = FIXED_TIME.timetuple()[:6]
        return info

    with mock.patch("time.time", return_value=pinned), mock.patch.object(zipfile.ZipInfo, "from_file", pinned_from_file):
        wb.save(output_path(ret))


def main():
    for ret in each_return("openpyxl", sys.argv[1:]):
        write(ret)


if __name__ == "__main__":
    main()
