import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer and reader (decision 0120). Every CSV export goes through
 * `writeCsv`, every CSV import through `parseCsv` (or `csvRowStream` for large files):
 * csv-stringify / csv-parse do the quoting; this file adds what spreadsheets need.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with = + - @, a tab
 * or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets.
 * Such a cell is written with a leading apostrophe, which spreadsheets show as text.
 * To keep our own exports lossless on re-import, a text that already starts with
 * apostrophes followed by one of those characters gets one more, and `restoreCell`
 * takes exactly one away again.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseCell` for files we wrote (or that were written the same way). */
export function restoreCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export type CsvValue = string | number | null | undefined;

export interface WriteCsvOptions {
  /** `;` (default, German spreadsheets) or `,`. */
  delimiter?: ';' | ',';
  /** Numbers with a decimal comma (default true with `;`). Numbers are never neutralised: they are values, not text. */
  decimalComma?: boolean;
}

/**
 * CSV as German spreadsheets open it: UTF-8 with byte order mark, semicolons, CRLF,
 * quotes where needed, null/undefined as empty, formula-leading text neutralised.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const cells = rows.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return '';
        const s = String(v);
        return decimalComma ? s.replace('.', ',') : s;
      }
      return neutraliseCell(v);
    }),
  );
  return `\uFEFF${stringify(cells, { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

/** The file is not CSV we can read; the message names the line (German, shown to the person importing). */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface ParseCsvOptions {
  /** Fixed delimiter; `auto` takes `;` or `,`, whichever the first line has more of (default `;`). */
  delimiter?: ';' | ',' | 'auto';
  /** Undo `neutraliseCell` (default true): a re-imported export gives back what was exported. */
  restore?: boolean;
}

export function detectDelimiter(text: string): ';' | ',' {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  return (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * csv-parse settings shared by the in-memory and the streaming reader. Records end at
 * `\n` and a trailing `\r` is trimmed (rtrim), so files with CRLF, LF or both read alike
 * (a CRLF inside quotes stays in the field). `raw` gives each record's text, from which
 * the line numbers are counted (csv-parse's own count is off with CRLF).
 */
export function csvParseSettings(delimiter: ';' | ',', recordDelimiter: '\n' | '\r' = '\n') {
  return {
    delimiter,
    bom: true,
    record_delimiter: recordDelimiter,
    relax_column_count: true,
    relax_quotes: true,
    rtrim: true,
    raw: true,
  } as const;
}

/** Line breaks in a record's raw text (for line numbers in messages). */
export function lineBreaksIn(raw: string, recordDelimiter: '\n' | '\r' = '\n'): number {
  let n = 0;
  for (let i = raw.indexOf(recordDelimiter); i !== -1; i = raw.indexOf(recordDelimiter, i + 1)) n++;
  return n;
}

/** csv-parse's error in German, naming the line where the record in trouble starts. */
export function toCsvFormatError(e: unknown, line: number): unknown {
  if (!(e instanceof CsvError)) return e;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return new CsvFormatError(`Zeile ${line}: Ein Anführungszeichen wird nicht geschlossen; die Datei ist so nicht lesbar.`, line);
  if (e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE' || e.code === 'CSV_INVALID_CLOSING_QUOTE')
    return new CsvFormatError(
      `Zeile ${line}: Nach einem schließenden Anführungszeichen folgt ein anderes Zeichen als das Trennzeichen. Anführungszeichen in einem Feld werden verdoppelt ("").`,
      line,
    );
  return new CsvFormatError(`Zeile ${line}: Die Datei ist kein lesbares CSV (${e.code}).`, line);
}

/**
 * Reads a whole CSV text: rows of fields (blank lines dropped), each with the line
 * number where it starts. A quote that is never closed is refused with its line:
 * read on, it would swallow every later row.
 */
export function parseCsvWithLines(text: string, options: ParseCsvOptions = {}): { fields: string[]; line: number }[] {
  const input = text.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter === 'auto' ? detectDelimiter(input) : (options.delimiter ?? ';');
  const restore = options.restore ?? true;
  const recordDelimiter = input.includes('\n') || !input.includes('\r') ? '\n' : '\r';
  const rows: { fields: string[]; line: number }[] = [];
  let line = 1;
  try {
    parse(input, {
      ...csvParseSettings(delimiter, recordDelimiter),
      // With `raw`, csv-parse hands on_record { record, raw } (its typings say string[]).
      on_record: (value: unknown) => {
        const { record, raw } = value as { record: string[]; raw: string };
        if (record.some((f) => f.trim() !== '')) rows.push({ fields: restore ? record.map(restoreCell) : record, line });
        line += lineBreaksIn(raw, recordDelimiter);
        return null;
      },
    });
  } catch (e) {
    throw toCsvFormatError(e, line);
  }
  return rows;
}

export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  return parseCsvWithLines(text, options).map((r) => r.fields);
}

/** Rows as objects keyed by the trimmed, lower-case header line; unknown columns are reported, not ignored. */
export function csvRecords(
  text: string,
  knownColumns: readonly string[],
  options: ParseCsvOptions = {},
): { header: string[]; unknown: string[]; records: Record<string, string>[]; lines: number[] } {
  const [header, ...rest] = parseCsvWithLines(text, options);
  const names = (header?.fields ?? []).map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !knownColumns.includes(n));
  const records = rest.map((r) => Object.fromEntries(names.map((n, i) => [n, (r.fields[i] ?? '').trim()])));
  return { header: names, unknown, records, lines: rest.map((r) => r.line) };
}
