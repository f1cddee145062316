import { lazy, Suspense } from 'react';
import type { HeatmapProps, Series } from './chart';

export type { Series };

// ECharts is a large library: it loads as its own chunk when the first chart is drawn.
const EChart = lazy(() => import('./chart').then((m) => ({ default: m.Chart })));

/** A chart that loads ECharts on demand; the data table and summary beside it carry the figures. */
export function Chart(props: { labels: string[]; series: Series[]; height?: number }) {
  return (
    <Suspense fallback={<div aria-hidden="true" style={{ width: '100%', height: props.height ?? 280 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}

const EHeatmap = lazy(() => import('./chart').then((m) => ({ default: m.Heatmap })));

/** The heat map, also on demand. */
export function Heatmap(props: HeatmapProps) {
  return (
    <Suspense fallback={<div aria-hidden="true" style={{ width: '100%', height: props.height ?? 320 }} />}>
      <EHeatmap {...props} />
    </Suspense>
  );
}
