// Prints what SheetJS (npm "xlsx") reads in a workbook as JSON: [{ name, rows: [[cell text or null, ...], ...] }].
// Usage: node read-sheetjs.js FILE.xlsx (NODE_PATH = the project's node_modules)
const XLSX = require('xlsx');
const workbook = XLSX.readFile(process.argv[2]);
const sheets = workbook.SheetNames.map(name => {
  const sheet = workbook.Sheets[name];
  // Rows counted from A1 whatever the sheet's dimension says, so positions compare across readers.
  const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : null;
  if (range) { range.s.r = 0; range.s.c = 0; }
  const rows = range ? XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: null, blankrows: true, range }) : [];
  return { name, rows };
});
process.stdout.write(JSON.stringify(sheets));
