/** The file is not CSV we can read; the message names the line (German, shown to the editor). */
export class CsvFormatError extends Error {}

/**
 * CSV as German spreadsheets write it: semicolon separated, double quotes around
 * fields that contain separators, quotes or line breaks, UTF-8 with optional BOM.
 * A quote that is never closed is refused: read on, it would swallow every later row.
 */
export function parseCsv(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\r' || (c === '\n' && input[i - 1] !== '\r')) line++;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) {
    throw new CsvFormatError(`Zeile ${quoteLine}: Ein Anführungszeichen wird nicht geschlossen; die Datei ist so nicht lesbar.`);
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function toCsv(rows: (string | null | undefined)[][], delimiter = ';'): string {
  const escape = (v: string | null | undefined) => {
    const s = v ?? '';
    return /[";\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(escape).join(delimiter)).join('\r\n')}\r\n`;
}

/** Rows as objects keyed by the header line; unknown columns are reported, not ignored. */
export function csvRecords(
  text: string,
  knownColumns: readonly string[],
): { header: string[]; unknown: string[]; records: Record<string, string>[] } {
  const [header = [], ...rest] = parseCsv(text);
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !knownColumns.includes(n));
  const records = rest.map((r) => Object.fromEntries(names.map((n, i) => [n, (r[i] ?? '').trim()])));
  return { header: names, unknown, records };
}
