import ExcelJS from 'exceljs';
import { formatLocalGerman } from '../../platform/time/berlin-time.js';
import { GEODATA_ATTRIBUTION } from './geo/region-geo.js';
import { responseTimeCells, responseTimeHeader, type ResponseTimeReport } from './reports.service.js';

const groupLabels = { category: 'Einsatzart', district: 'Bezirk', priority: 'Dringlichkeit', shift: 'Schicht' } as const;

/** A column: its header, width, and whether it holds text (otherwise whole numbers). */
type Column = [header: string, width: number, kind: 'text' | 'int'];

function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: (string | number | null)[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map(([header, width, kind]) => ({ header, width, style: { numFmt: kind === 'text' ? '@' : '#,##0' } }));
  sheet.getRow(1).font = { bold: true };
  // Text cells are written as text values: exceljs never turns them into formulas.
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

/**
 * The dispatch report as XLSX for the pilot evaluation: response times of the chosen
 * grouping, incidents per municipality and district (the heat map's figures), per day and
 * hour, and a sheet with the parameters and definitions. Numbers stay numbers (seconds).
 */
export async function responseTimesXlsx(report: ResponseTimeReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DialogCenter';
  addTable(
    workbook,
    'Reaktionszeiten',
    [[groupLabels[report.group], 34, 'text'], ...responseTimeHeader.slice(1).map((h): Column => [h, 22, 'int'])],
    report.rows.map(responseTimeCells),
  );
  addTable(
    workbook,
    'Bezirke',
    [
      ['Gemeinde', 26, 'text'],
      ['Bezirk', 26, 'text'],
      ['Einsätze', 12, 'int'],
      ['Median bis vor Ort (s)', 22, 'int'],
    ],
    report.areas.map((a) => [a.municipality, a.district, a.incidents, a.medianToOnSceneSeconds]),
  );
  addTable(
    workbook,
    'Tag und Stunde',
    [
      ['Tag', 14, 'text'],
      ['Stunde', 10, 'int'],
      ['Einsätze', 12, 'int'],
    ],
    report.perDayHour.map((d) => [d.day, d.hour, d.incidents]),
  );
  const info = workbook.addWorksheet('Angaben');
  info.addRow(['Leitstelle: Reaktionszeiten']).font = { bold: true };
  for (const line of [
    `Zeitraum: ${formatLocalGerman(report.from)} bis ausschließlich ${formatLocalGerman(report.to)} (Eingang des Einsatzes, Berliner Zeit)`,
    `Gruppiert nach: ${groupLabels[report.group]}`,
    'Zeiten in Sekunden: Eingang bis erste Zuweisung, bis erste Streife vor Ort, bis Abschluss (Median, 90 %-Wert). Zusammengeführte Duplikate zählen nicht.',
    'Bezirk: Stadtbezirk in Hannover (aus dem Ortsverzeichnis: nächster Eintrag mit Bezirk), sonst die Gemeinde.',
    `Schichten: Früh 6–14, Spät 14–22, Nacht 22–6 Uhr. Gemeindegrenzen: ${GEODATA_ATTRIBUTION}.`,
  ])
    info.addRow([line]);
  info.getColumn(1).width = 120;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
