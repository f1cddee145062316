import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * CSV built in the browser, written like the server's exports (src/platform/csv,
 * decision 0120): UTF-8 with BOM, semicolons, CRLF, quotes where needed, and a text
 * cell starting with = + - @ tab or CR prefixed with an apostrophe (OWASP CSV injection).
 * Numbers pass as values: give them already formatted with a decimal comma.
 */
export function toCsvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cells = rows.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') return String(v).replace('.', ',');
      return /^'*[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    }),
  );
  return `\uFEFF${stringify(cells, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

export function downloadCsv(fileName: string, rows: readonly (readonly (string | number | null | undefined)[])[]) {
  const url = URL.createObjectURL(new Blob([toCsvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
