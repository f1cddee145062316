import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRecords, parseCsv, toCsv } from './csv.js';

describe('CSV as German spreadsheets write it', () => {
  it('reads semicolon-separated rows with quoted separators, doubled quotes and line breaks inside quotes', () => {
    const text =
      'leika_key;title;notes\r\n99010201300000;"Personalausweis; beantragen";"Er sagte ""bitte"""\n99050501200000;Hundesteuer;"Zeile 1\r\nZeile 2"\n';
    expect(parseCsv(text)).toEqual([
      ['leika_key', 'title', 'notes'],
      ['99010201300000', 'Personalausweis; beantragen', 'Er sagte "bitte"'],
      ['99050501200000', 'Hundesteuer', 'Zeile 1\r\nZeile 2'],
    ]);
  });

  it('drops the byte order mark and blank lines, keeps empty fields and a last line without line break', () => {
    expect(parseCsv('\uFEFFa;b;c\n\n;;x\r\n   \n1;;')).toEqual([
      ['a', 'b', 'c'],
      ['', '', 'x'],
      ['1', '', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });

  it('reads other delimiters when told, and a quote inside an unquoted field literally', () => {
    expect(parseCsv('a,"b,c",d', ',')).toEqual([['a', 'b,c', 'd']]);
    expect(parseCsv('Zoll 5";x')).toEqual([['Zoll 5"', 'x']]);
  });

  it('writes what it reads: BOM, CRLF, quotes only where needed, null as empty', () => {
    const rows = [
      ['leika_key', 'title', 'notes'],
      ['99010201300000', 'Ausweis; Pass', 'Er sagte "ja"'],
      ['99050501200000', null, 'Zeile 1\nZeile 2'],
      ['1', undefined, 'schlicht'],
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFleika_key;title;notes\r\n')).toBe(true);
    expect(csv).toContain('99010201300000;"Ausweis; Pass";"Er sagte ""ja"""\r\n');
    expect(csv).toContain('1;;schlicht\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual(rows.map((r) => r.map((v) => v ?? '')));
    expect(parseCsv(toCsv([['a,b', 'c']], ','), ',')).toEqual([['a,b', 'c']]);
  });

  it('keys records by the trimmed, lower-case header and reports unknown columns instead of ignoring them', () => {
    const { header, unknown, records } = csvRecords(
      ' LEIKA_KEY ;Title;Farbe\n99010201300000; Ausweis \n99050501200000;Hund;blau;überzählig',
      ['leika_key', 'title'],
    );
    expect(header).toEqual(['leika_key', 'title', 'farbe']);
    expect(unknown).toEqual(['farbe']);
    expect(records).toEqual([
      { leika_key: '99010201300000', title: 'Ausweis', farbe: '' },
      { leika_key: '99050501200000', title: 'Hund', farbe: 'blau' },
    ]);
    expect(csvRecords('', ['leika_key'])).toEqual({ header: [], unknown: [], records: [] });
  });

  it('refuses a quote that is never closed, naming the line, instead of swallowing the rest of the file', () => {
    const text = 'leika_key;title\n99010201300000;"Ausweis\n99050501200000;Hund\n99050501200001;Katze\n';
    expect(() => parseCsv(text)).toThrow(CsvFormatError);
    expect(() => parseCsv(text)).toThrow('Zeile 2');
    expect(() => csvRecords('a;"b', ['a'])).toThrow(/Anführungszeichen/);
    expect(() => parseCsv('a;b\r\n1;2\r\n3;"offen\r\n4;5\r\n')).toThrow('Zeile 3');
    expect(() => parseCsv('a;"zwei\nZeilen";b\n1;"x')).toThrow('Zeile 3');
  });
});
