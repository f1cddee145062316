/** A report as a table, the one input of every export (CSV, XLSX, PDF). */
export type ColumnKind = 'text' | 'int' | 'rate' | 'seconds';

export interface ReportColumn {
  key: string;
  header: string;
  kind: ColumnKind;
}

export interface ReportTable {
  /** File name without extension, ASCII. */
  fileName: string;
  title: string;
  /** Lines under the title: tenant, period, grouping, definitions. */
  subtitle: string[];
  columns: ReportColumn[];
  rows: Record<string, string | number | null>[];
  totals?: Record<string, string | number | null>;
  /** Bars drawn in the PDF (one series per entry, values per row in order). */
  chart?: {
    title: string;
    labelKey: string;
    series: { key: string; name: string }[];
    /** The chart's own rows when they differ from the table's (default: the table's rows). */
    rows?: Record<string, string | number | null>[];
  };
  /** Free text under the table (the summary sentences). */
  notes?: string[];
}

const de1 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const deInt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** A cell as a German reader sees it: 78,4 %, 1.234, 28,3 s, – for nothing to divide by. */
export function formatCell(kind: ColumnKind, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return kind === 'text' ? '' : '–';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rate':
      return `${de1.format(value * 100)} %`;
    case 'seconds':
      return `${de1.format(value)} s`;
    case 'int':
      return deInt.format(value);
    default:
      return String(value);
  }
}

/** A calendar day YYYY-MM-DD as Germans write it: 02.12.2026. */
export const germanDate = (ymd: string) => ymd.split('-').reverse().join('.');
