"""Writes the hand-made OOXML returns: SpreadsheetML packages put together with zipfile and raw XML, in the shapes
other producers write and Excel accepts — inline strings, ISO date cells (t="d"), formulas with text results
(t="str"), shared formulas, a 1904-based workbook, no styles part, absolute relationship targets, and the `x:` prefix
the Open XML SDK's DOM writes. Deterministic: every zip entry carries one fixed time.
"""
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

from common import FIXED_TIME, col_letter, each_return, output_path, serial

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
APPLICATION = "thb corpus hand-made OOXML (tests/corpus/writers/ooxml_writer.py)"
BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "mmm-yy": 17, "d-mmm-yy": 15}


class Package:
    def __init__(self, ret):
        feats = set(ret["features"])
        self.ret = ret
        self.inline = "inline-strings" in feats
        self.iso = "iso-dates" in feats
        self.styled = "no-styles" not in feats
        self.absolute = "absolute-targets" in feats
        self.p = "x:" if "x-prefix" in feats else ""
        self.date1904 = ret["date1904"]
        self.strings, self.string_index = [], {}
        self.formats, self.xfs = {}, [(0, False)]

    def el(self, name):
        return self.p + name

    def root(self, name, extra=""):
        ns = f'xmlns:x="{MAIN}"' if self.p else f'xmlns="{MAIN}"'
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{self.el(name)} {ns} xmlns:r="{REL}"{extra}>'

    def target(self, path):
        return "/" + path if self.absolute else path

    def style(self, fmt, wrap=False):
        if not self.styled:
            return 0
        if fmt in (None, "General") and not wrap:
            return 0
        fid = BUILTIN_FORMATS.get(fmt or "General")
        if fid is None:
            fid = self.formats.setdefault(fmt, 164 + len(self.formats))
        key = (fid, wrap)
        if key not in self.xfs:
            self.xfs.append(key)
        return self.xfs.index(key)

    def shared_string(self, text):
        if text not in self.string_index:
            self.string_index[text] = len(self.strings)
            self.strings.append(text)
        return self.string_index[text]

    def cell(self, sheet, cell, shared_ref):
        ref = f"{col_letter(cell['c'])}{cell['r']}"
        wrap = cell["c"] in sheet["wrapColumns"]
        t = cell["t"]
        s = self.style(cell.get("fmt"), wrap)
        sa = f' s="{s}"' if s else ""
        c, v, f = self.el("c"), self.el("v"), self.el("f")
        if t == "s":
            if self.inline:
                return f'<{c} r="{ref}"{sa} t="inlineStr"><{self.el("is")}><{self.el("t")}>{escape(cell["v"])}</{self.el("t")}></{self.el("is")}></{c}>'
            return f'<{c} r="{ref}"{sa} t="s"><{v}>{self.shared_string(cell["v"])}</{v}></{c}>'
        if t == "d":
            if self.iso:
                return f'<{c} r="{ref}"{sa} t="d"><{v}>{cell["v"]}T00:00:00</{v}></{c}>'
            return f'<{c} r="{ref}"{sa}><{v}>{serial(cell["v"], self.date1904)}</{v}></{c}>'
        if t == "n":
            return f'<{c} r="{ref}"{sa}><{v}>{number(cell["v"])}</{v}></{c}>'
        if t == "fs":
            return f'<{c} r="{ref}"{sa} t="str"><{f}>{escape(cell["f"])}</{f}><{v}>{escape(cell["v"])}</{v}></{c}>'
        if t == "f":
            if cell.get("shared") == "master":
                formula = f'<{f} t="shared" ref="{shared_ref}" si="0">{escape(cell["f"])}</{f}>'
            elif cell.get("shared") == "child":
                formula = f'<{f} t="shared" si="0"/>'
            else:
                formula = f'<{f}>{escape(cell["f"])}</{f}>'
            return f'<{c} r="{ref}"{sa}>{formula}<{v}>{number(cell["v"])}</{v}></{c}>'
        raise ValueError(t)

    def sheet_xml(self, sheet):
        rows = {}
        for cell in sheet["cells"]:
            rows.setdefault(cell["r"], []).append(cell)
        shared = [c for c in sheet["cells"] if c.get("shared")]
        shared_ref = None
        if shared:
            first, last = min(shared, key=lambda c: c["r"]), max(shared, key=lambda c: c["r"])
            shared_ref = f"{col_letter(first['c'])}{first['r']}:{col_letter(last['c'])}{last['r']}"
        out = [self.root("worksheet")]
        last_row = max(rows)
        last_col = max(c["c"] for c in sheet["cells"])
        out.append(f'<{self.el("dimension")} ref="A1:{col_letter(last_col)}{last_row}"/>')
        if sheet.get("headerRow"):
            out.append(f'<{self.el("sheetViews")}><{self.el("sheetView")} workbookViewId="0"><{self.el("pane")} ySplit="{sheet["headerRow"]}" '
                       f'topLeftCell="A{sheet["headerRow"] + 1}" activePane="bottomLeft" state="frozen"/></{self.el("sheetView")}></{self.el("sheetViews")}>')
        cols = []
        for key, width in sorted(sheet["widths"].items(), key=lambda kv: int(kv[0])):
            hidden = ' hidden="1"' if int(key) in sheet["hiddenColumns"] else ""
            cols.append(f'<{self.el("col")} min="{key}" max="{key}" width="{width}" customWidth="1"{hidden}/>')
        out.append(f'<{self.el("cols")}>{"".join(cols)}</{self.el("cols")}>')
        out.append(f'<{self.el("sheetData")}>')
        for r in sorted(rows):
            cells = "".join(self.cell(sheet, c, shared_ref) for c in sorted(rows[r], key=lambda c: c["c"]))
            out.append(f'<{self.el("row")} r="{r}">{cells}</{self.el("row")}>')
        out.append(f'</{self.el("sheetData")}>')
        if sheet["merges"]:
            merges = "".join(f'<{self.el("mergeCell")} ref="{m}"/>' for m in sheet["merges"])
            out.append(f'<{self.el("mergeCells")} count="{len(sheet["merges"])}">{merges}</{self.el("mergeCells")}>')
        out.append(f'<{self.el("pageMargins")} left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        out.append(f'</{self.el("worksheet")}>')
        return "".join(out)

    def styles_xml(self):
        e = self.el
        fmts = "".join(f'<{e("numFmt")} numFmtId="{i}" formatCode={quoteattr(code)}/>' for code, i in self.formats.items())
        xfs = []
        for fid, wrap in self.xfs:
            apply = ' applyNumberFormat="1"' if fid else ""
            if wrap:
                xfs.append(f'<{e("xf")} numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0"{apply} applyAlignment="1">'
                           f'<{e("alignment")} vertical="top" wrapText="1"/></{e("xf")}>')
            else:
                xfs.append(f'<{e("xf")} numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0"{apply}/>')
        return (self.root("styleSheet")
                + (f'<{e("numFmts")} count="{len(self.formats)}">{fmts}</{e("numFmts")}>' if self.formats else "")
                + f'<{e("fonts")} count="1"><{e("font")}><{e("sz")} val="11"/><{e("name")} val="Calibri"/></{e("font")}></{e("fonts")}>'
                + f'<{e("fills")} count="2"><{e("fill")}><{e("patternFill")} patternType="none"/></{e("fill")}><{e("fill")}><{e("patternFill")} patternType="gray125"/></{e("fill")}></{e("fills")}>'
                + f'<{e("borders")} count="1"><{e("border")}><{e("left")}/><{e("right")}/><{e("top")}/><{e("bottom")}/><{e("diagonal")}/></{e("border")}></{e("borders")}>'
                + f'<{e("cellStyleXfs")} count="1"><{e("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/></{e("cellStyleXfs")}>'
                + f'<{e("cellXfs")} count="{len(xfs)}">{"".join(xfs)}</{e("cellXfs")}>'
                + f'<{e("cellStyles")} count="1"><{e("cellStyle")} name="Normal" xfId="0" builtinId="0"/></{e("cellStyles")}>'
                + f'</{e("styleSheet")}>')

    def shared_strings_xml(self):
        e = self.el
        items = "".join(f'<{e("si")}><{e("t")}>{escape(s)}</{e("t")}></{e("si")}>' for s in self.strings)
        return self.root("sst", f' count="{len(self.strings)}" uniqueCount="{len(self.strings)}"') + items + f'</{e("sst")}>'

    def workbook_xml(self):
        e = self.el
        pr = f'<{e("workbookPr")} date1904="1"/>' if self.date1904 else f'<{e("workbookPr")}/>'
        active = next(i for i, s in enumerate(self.ret["sheets"]) if s.get("headerRow"))
        sheets = "".join(f'<{e("sheet")} name={quoteattr(s["name"])} sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                         for i, s in enumerate(self.ret["sheets"]))
        return (self.root("workbook") + pr
                + f'<{e("bookViews")}><{e("workbookView")} activeTab="{active}"/></{e("bookViews")}>'
                + f'<{e("sheets")}>{sheets}</{e("sheets")}></{e("workbook")}>')

    def parts(self):
        sheets = [(f"xl/worksheets/sheet{i + 1}.xml", self.sheet_xml(s)) for i, s in enumerate(self.ret["sheets"])]
        parts = list(sheets)
        rels = [f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{self.target(path) if self.absolute else path[3:]}"/>'
                for i, (path, _) in enumerate(sheets)]
        overrides = [f'<Override PartName="/{p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     for p, _ in sheets]
        n = len(sheets)
        if self.strings:
            parts.append(("xl/sharedStrings.xml", self.shared_strings_xml()))
            rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="{self.target("xl/sharedStrings.xml") if self.absolute else "sharedStrings.xml"}"/>')
            overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        if self.styled:
            parts.append(("xl/styles.xml", self.styles_xml()))
            rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="{self.target("xl/styles.xml") if self.absolute else "styles.xml"}"/>')
            overrides.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
        parts.insert(0, ("xl/workbook.xml", self.workbook_xml()))
        decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        parts.append(("xl/_rels/workbook.xml.rels", f'{decl}<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'))
        root_target = self.target("xl/workbook.xml")
        parts.append(("_rels/.rels", f'{decl}<Relationships xmlns="{PKG_REL}">'
                      f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="{root_target}"/>'
                      f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="{self.target("docProps/core.xml")}"/>'
                      f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="{self.target("docProps/app.xml")}"/>'
                      '</Relationships>'))
        stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts.append(("docProps/core.xml", f'{decl}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                      f'<dc:title>{escape("THB return " + self.ret["delegation"])}</dc:title><dc:creator>thb corpus</dc:creator>'
                      f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
                      '</cp:coreProperties>'))
        parts.append(("docProps/app.xml", f'{decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                      f'<Application>{escape(APPLICATION)}</Application></Properties>'))
        content_types = (f'{decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                         + "".join(overrides)
                         + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                         '</Types>')
        return [("[Content_Types].xml", content_types)] + parts


def number(value):
    return repr(value) if isinstance(value, float) else str(value)


def write(ret):
    package = Package(ret)
    parts = package.parts()   # sheets first: they fill the shared strings and styles
    with zipfile.ZipFile(output_path(ret), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def main():
    for ret in each_return("ooxml", sys.argv[1:]):
        write(ret)


if __name__ == "__main__":
    main()
