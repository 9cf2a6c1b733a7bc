"""Writes the LibreOffice Calc returns through Python-UNO (Debian's python3-uno and libreoffice-calc-nogui): a headless
soffice builds each sheet cell by cell, with the number formats as a Calc user would pick them, and saves it with
Calc's own "Calc MS Excel 2007 XML" export. LibreOffice recalculates formulas and writes their cached values, and
stamps docProps/core.xml and the zip entries with the time of saving (not deterministic).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

from common import each_return, output_path, serial


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    """One headless soffice for the whole run, on a private pipe and profile; stopped by its own process id."""

    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix="corpus-lo-")
        self.pipe = f"thbcorpus{os.getpid()}"
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             f"-env:UserInstallation=file://{self.profile}", f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.context = resolver.resolve(f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("soffice did not start")
                time.sleep(0.3)
        self.desktop = self.context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.context)
        return self

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def write(office, ret):
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    try:
        formats = doc.NumberFormats
        locale = Locale("en", "US", "")

        def format_key(code):
            key = formats.queryKey(code, locale, False)
            return key if key != -1 else formats.addNew(code, locale)

        sheets = doc.Sheets
        while sheets.Count < len(ret["sheets"]):
            sheets.insertNewByName(f"Sheet{sheets.Count + 1}", sheets.Count)
        for index, spec in enumerate(ret["sheets"]):
            sheet = sheets.getByIndex(index)
            sheet.Name = spec["name"]
            columns = sheet.Columns
            for c, width in spec["widths"].items():
                columns.getByIndex(int(c) - 1).Width = int(width * 200)   # 1/100 mm, about one character each
            for c in spec["hiddenColumns"]:
                columns.getByIndex(c - 1).IsVisible = False
            for cell in spec["cells"]:
                target = sheet.getCellByPosition(cell["c"] - 1, cell["r"] - 1)
                t = cell["t"]
                if t == "s":
                    target.setString(cell["v"])
                elif t == "d":
                    target.setValue(serial(cell["v"]))
                    target.NumberFormat = format_key(lo_code(cell["fmt"]))
                elif t == "n":
                    target.setValue(cell["v"])
                    if cell["fmt"] != "General":
                        target.NumberFormat = format_key(cell["fmt"])
                elif t == "f":
                    target.setFormula("=" + cell["f"])
                    if cell["fmt"] != "General":
                        target.NumberFormat = format_key(cell["fmt"])
                else:
                    raise ValueError(t)
                if cell["c"] in spec["wrapColumns"]:
                    target.IsTextWrapped = True
                if spec.get("headerRow") == cell["r"]:
                    target.CharWeight = 150.0   # bold
            for ref in spec["merges"]:
                sheet.getCellRangeByName(ref).merge(True)
        doc.calculateAll()
        props = doc.DocumentProperties
        props.Title = f"THB return {ret['delegation']}"
        path = output_path(ret)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        doc.close(True)


def lo_code(code):
    """Calc's number-format language writes date codes in upper case in the en-US locale; Excel's are the same letters."""
    if code.startswith("[$-"):
        raise ValueError(f"locale-tagged date formats are written by other writers: {code}")
    return code.upper()


def main():
    with Office() as office:
        for ret in each_return("libreoffice", sys.argv[1:]):
            write(office, ret)


if __name__ == "__main__":
    main()
