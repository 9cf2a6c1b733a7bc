// Prints what exceljs reads in a workbook as JSON: [{ name, rows: [[cell text or null, ...], ...] }] in sheet order.
// Usage: node read-exceljs.js FILE.xlsx (NODE_PATH = the project's node_modules)
const ExcelJS = require('exceljs');
(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(process.argv[2]);
  const sheets = workbook.worksheets.map(sheet => {
    const rows = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => { cells[column - 1] = cell.text; });
      rows[number - 1] = Array.from(cells, v => v ?? null);
    });
    return { name: sheet.name, rows: Array.from(rows, r => r ?? []) };
  });
  process.stdout.write(JSON.stringify(sheets));
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
