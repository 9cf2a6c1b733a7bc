// Writes the exceljs returns (exceljs 4.4.0 from the project's package-lock.json), as a delegation's Node script would.
// exceljs stamps the zip entries with the time of writing (not deterministic); the document dates are pinned.
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require(path.join(__dirname, '..', '..', '..', 'node_modules', 'exceljs'));

const here = path.join(__dirname, '..');
const fixed = new Date(Date.UTC(2012, 10, 30, 9, 0, 0));

function isoToDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

async function write(ret) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'exceljs';
  wb.created = fixed;
  wb.modified = fixed;
  wb.title = `THB return ${ret.delegation}`;
  for (const spec of ret.sheets) {
    const options = spec.headerRow ? { views: [{ state: 'frozen', ySplit: spec.headerRow }] } : {};
    const ws = wb.addWorksheet(spec.name, options);
    for (const [c, width] of Object.entries(spec.widths)) ws.getColumn(Number(c)).width = width;
    for (const c of spec.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const cell of spec.cells) {
      const target = ws.getCell(cell.r, cell.c);
      switch (cell.t) {
        case 's': target.value = cell.v; break;
        case 'd': target.value = isoToDate(cell.v); target.numFmt = cell.fmt; break;
        case 'n': target.value = cell.v; if (cell.fmt !== 'General') target.numFmt = cell.fmt; break;
        case 'f': target.value = { formula: cell.f, result: cell.v }; if (cell.fmt !== 'General') target.numFmt = cell.fmt; break;
        default: throw new Error(`exceljs writer: cell kind ${cell.t}`);
      }
      if (spec.wrapColumns.includes(cell.c)) target.alignment = { wrapText: true, vertical: 'top' };
      if (spec.headerRow === cell.r) target.font = { bold: true };
    }
    for (const ref of spec.merges) ws.mergeCells(ref);
  }
  const file = path.join(here, ret.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

(async () => {
  const only = process.argv.slice(2);
  const corpus = JSON.parse(fs.readFileSync(path.join(here, 'spec', 'corpus.json'), 'utf8'));
  for (const ret of corpus.filter(r => r.writer === 'exceljs')) {
    if (only.length && !only.some(o => ret.file.includes(o))) continue;
    await write(ret);
    console.error(`exceljs: ${ret.file}`);
  }
})().catch(e => { console.error(e); process.exit(1); });
