import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRecords, neutraliseCell, parseCsv, parseCsvWithLines, restoreCell, writeCsv } from './csv.js';

describe('CSV writing: formula injection (OWASP) neutralised in every cell of text', () => {
  const dangerous = ['=HYPERLINK("http://x";"y")', '+1+2', "-2+3+cmd|' /C calc'!A0", '@SUM(A1:A2)', '\tTab', '\rCR', "'=schon"];

  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and to apostrophes before them', () => {
    expect(dangerous.map(neutraliseCell)).toEqual([
      '\'=HYPERLINK("http://x";"y")',
      "'+1+2",
      "'-2+3+cmd|' /C calc'!A0",
      "'@SUM(A1:A2)",
      "'\tTab",
      "'\rCR",
      "''=schon",
    ]);
    for (const safe of ['Hundesteuer', "O'Neill", "'Zitat'", ' =mit Leerzeichen', '', '1-2']) expect(neutraliseCell(safe)).toBe(safe);
    for (const d of dangerous) expect(restoreCell(neutraliseCell(d))).toBe(d);
  });

  it('no written cell starts with a formula character, read by an independent CSV parser', () => {
    const csv = writeCsv([
      ['Spalte', ...dangerous],
      ['Zahl', -2, 1.5, 0, null, undefined, 'x', 'y'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const cells = (parse(csv.slice(1), { delimiter: ';', relax_column_count: true }) as string[][]).flat();
    const text = cells.filter((c) => !/^-?\d+(,\d+)?$/.test(c));
    for (const c of text) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    // Numbers are values (decimal comma), not text: a spreadsheet reads -2 as minus two, never as a formula.
    expect(cells).toEqual(expect.arrayContaining(['-2', '1,5', '0']));
  });

  it('writes BOM, semicolons, CRLF, quotes only where needed, null as empty; comma files with decimal points', () => {
    const csv = writeCsv([
      ['leika_key', 'title', 'notes'],
      ['99010201300000', 'Ausweis; Pass', 'Er sagte "ja"'],
      ['99050501200000', null, 'Zeile 1\nZeile 2'],
      ['1', undefined, 'schlicht'],
    ]);
    expect(csv).toBe(
      '\uFEFFleika_key;title;notes\r\n99010201300000;"Ausweis; Pass";"Er sagte ""ja"""\r\n99050501200000;;"Zeile 1\nZeile 2"\r\n1;;schlicht\r\n',
    );
    expect(writeCsv([['a,b', 2.5]], { delimiter: ',' })).toBe('\uFEFF"a,b",2.5\r\n');
  });
});

describe('CSV reading through csv-parse', () => {
  it('gives back exactly what was written, formulas included (round trip)', () => {
    const rows = [
      ['leika_key', 'title', 'notes'],
      ['99010201300000', '=1+1', '- Personalausweis\n- Meldebescheinigung'],
      ['99050501200000', "''=zwei", '@Redaktion "bitte"'],
      ['99050501200001', 'Hund; Katze', '\tEingerückt'],
    ];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
    expect(parseCsv(writeCsv(rows), { restore: false })[1]).toEqual([
      '99010201300000',
      "'=1+1",
      "'- Personalausweis\n- Meldebescheinigung",
    ]);
  });

  it('reads quoted separators, doubled quotes and line breaks inside quotes; CRLF, LF and mixed files', () => {
    const text =
      'leika_key;title;notes\r\n99010201300000;"Personalausweis; beantragen";"Er sagte ""bitte"""\n99050501200000;Hundesteuer;"Zeile 1\r\nZeile 2"\n';
    expect(parseCsv(text)).toEqual([
      ['leika_key', 'title', 'notes'],
      ['99010201300000', 'Personalausweis; beantragen', 'Er sagte "bitte"'],
      ['99050501200000', 'Hundesteuer', 'Zeile 1\r\nZeile 2'],
    ]);
    expect(parseCsv('a;b\r1;2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('drops the byte order mark and blank lines, keeps empty fields, and numbers rows by their first line', () => {
    expect(parseCsvWithLines('\uFEFFa;b;c\n\n;;x\r\n   \n1;;')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['', '', 'x'], line: 3 },
      { fields: ['1', '', ''], line: 5 },
    ]);
    expect(parseCsvWithLines('a;"zwei\nZeilen";b\r\n1;2\r\n"x\r\ny";3\n4;5').map((r) => r.line)).toEqual([1, 3, 4, 6]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });

  it('reads other delimiters when told or detected, and a quote inside an unquoted field literally', () => {
    expect(parseCsv('a,"b,c",d', { delimiter: ',' })).toEqual([['a', 'b,c', 'd']]);
    expect(parseCsv('strasse,hausnummer,plz;x\n1,2,3;4', { delimiter: 'auto' })).toEqual([
      ['strasse', 'hausnummer', 'plz;x'],
      ['1', '2', '3;4'],
    ]);
    expect(parseCsv('Zoll 5";x')).toEqual([['Zoll 5"', 'x']]);
  });

  it('keys records by the trimmed, lower-case header and reports unknown columns instead of ignoring them', () => {
    const { header, unknown, records, lines } = csvRecords(
      ' LEIKA_KEY ;Title;Farbe\n99010201300000; Ausweis \n99050501200000;Hund;blau;überzählig',
      ['leika_key', 'title'],
    );
    expect(header).toEqual(['leika_key', 'title', 'farbe']);
    expect(unknown).toEqual(['farbe']);
    expect(records).toEqual([
      { leika_key: '99010201300000', title: 'Ausweis', farbe: '' },
      { leika_key: '99050501200000', title: 'Hund', farbe: 'blau' },
    ]);
    expect(lines).toEqual([2, 3]);
    expect(csvRecords('', ['leika_key'])).toEqual({ header: [], unknown: [], records: [], lines: [] });
  });

  it('refuses a quote that is never closed, naming the line where it opened, instead of swallowing the rest', () => {
    const text = 'leika_key;title\n99010201300000;"Ausweis\n99050501200000;Hund\n99050501200001;Katze\n';
    expect(() => parseCsv(text)).toThrow(CsvFormatError);
    expect(() => parseCsv(text)).toThrow('Zeile 2');
    expect(() => csvRecords('a;"b', ['a'])).toThrow(/Anführungszeichen/);
    expect(() => parseCsv('a;b\r\n1;2\r\n3;"offen\r\n4;5\r\n')).toThrow('Zeile 3');
    expect(() => parseCsv('a;"zwei\nZeilen";b\n1;"x')).toThrow('Zeile 3');
    expect(() => parseCsv('a;b\r\n1;"x"y;2\r\n')).toThrow(/^Zeile 2: Nach einem schließenden Anführungszeichen/);
  });
});

describe('the browser-side CSV download (web/src/app/csv-download.ts)', () => {
  it('writes text exactly as the server writer does, formulas neutralised', async () => {
    const { toCsvText } = await import('../../../web/src/app/csv-download.js');
    const rows = [
      ['Datum', 'Beginn', '=Summe'],
      ['2026-12-07', '08:00', '-1,5 %'],
      ['x;y', 'a"b', 'Zeile\nzwei'],
    ];
    expect(toCsvText(rows)).toBe(writeCsv(rows));
    expect(toCsvText([[1.5, null]])).toBe(writeCsv([[1.5, null]]));
  });
});
