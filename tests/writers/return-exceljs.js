// Writes a small return with exceljs: title merged across the table, Delegation and Reporting cycle, the six headers on
// row 6, rows with things the check marks (an empty description, a placeholder, an unknown place, a SEK amount, a
// month typed as a date), a drop-down on the form column, a picture, and a second sheet. Usage: node return-exceljs.js OUT.xlsx
const ExcelJS = require('exceljs');
const { returnRows, headers, png } = require('./return-data');

(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'exceljs';
  const sheet = workbook.addWorksheet('Return');
  sheet.getCell('A1').value = 'Return on the external dimension of the action against trafficking in human beings';
  sheet.mergeCells('A1:F1');
  sheet.getCell('A3').value = 'Delegation';
  sheet.getCell('B3').value = 'Austria';
  sheet.getCell('A4').value = 'Reporting cycle';
  sheet.getCell('B4').value = '2012-2';
  sheet.getRow(6).values = headers;
  returnRows.forEach((row, i) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(7 + i, c + 1);
      if (value && typeof value === 'object' && value.date) { cell.value = new Date(Date.UTC(...value.date)); cell.numFmt = value.format; }
      else if (value && typeof value === 'object' && value.number !== undefined) { cell.value = value.number; cell.numFmt = value.format; }
      else cell.value = value;
    });
  });
  for (let r = 7; r <= 20; r++)
    sheet.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Training,Awareness raising,Victim protection"'] };
  sheet.getColumn(3).width = 50;
  const image = workbook.addImage({ buffer: png(), extension: 'png' });
  sheet.addImage(image, { tl: { col: 7, row: 1 }, ext: { width: 32, height: 32 } });
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Prepared by the desk officer';
  await workbook.xlsx.writeFile(process.argv[2]);
})().catch(e => { console.error(e); process.exit(1); });
