/** Number formats of the report pages (German). Kept apart from chart.tsx, so pages load without ECharts. */
export const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(v * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;
export const num = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : v.toLocaleString('de-DE', { maximumFractionDigits: 1 });

/** "2025-03-31" -> "31.03.2025": a day as German readers write it. */
export const germanDate = (date: string) => date.split('-').reverse().join('.');
