"""Writes the same small return as return-exceljs.js with openpyxl (Debian's python3-openpyxl), without the picture
(openpyxl needs Pillow for pictures): a merged title, a drop-down, typed number and date cells, a second sheet.
Usage: /usr/bin/python3 return-openpyxl.py OUT.xlsx"""
import datetime
import sys
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

HEADERS = [
    "Country/ region or organisation at international level", "Form or structure of actions and activities",
    "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR",
]
ROWS = [
    ["Albania", "Training", "Training for border police officers on the identification of victims", "IOM", "1 March 2010 – 30 June 2011", "45.000 EUR"],
    ["Kosovo", "Awareness raising", None, "UNODC", "2011", "XX"],
    ["Atlantis", "Victim protection", "Shelter support for victims", "La Strada", "2010-2011", (3500000, '#,##0 "SEK"')],
    ["Republic of Moldova", "Training", "Workshop for prosecutors", "OSCE", (datetime.datetime(2012, 3, 1), "mmm-yy"), (25000, "#,##0 [$€-407]")],
]

workbook = Workbook()
sheet = workbook.active
sheet.title = "Return"
sheet["A1"] = "Return on the external dimension of the action against trafficking in human beings"
sheet.merge_cells("A1:F1")
sheet["A3"], sheet["B3"] = "Delegation", "Austria"
sheet["A4"], sheet["B4"] = "Reporting cycle", "2012-2"
for c, header in enumerate(HEADERS, start=1):
    sheet.cell(row=6, column=c, value=header)
for r, row in enumerate(ROWS, start=7):
    for c, value in enumerate(row, start=1):
        if isinstance(value, tuple):
            cell = sheet.cell(row=r, column=c, value=value[0])
            cell.number_format = value[1]
        elif value is not None:
            sheet.cell(row=r, column=c, value=value)
forms = DataValidation(type="list", formula1='"Training,Awareness raising,Victim protection"', allow_blank=True)
sheet.add_data_validation(forms)
forms.add("B7:B20")
sheet.column_dimensions["C"].width = 50
workbook.create_sheet("Notes")["A1"] = "Prepared by the desk officer"
workbook.save(sys.argv[1])
