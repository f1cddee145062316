import { useEffect, useRef } from 'react';

// ECharts (about 480 KB) is its own chunk, loaded when a chart is first shown (decision record 0066).
const loadEcharts = () => import('./echarts-setup').then((m) => m.echarts);

export interface Series {
  name: string;
  type: 'bar' | 'line';
  values: (number | null)[];
  /** Percent axis on the right (rates shown as 0..100). */
  percent?: boolean;
  /** Target line (same unit as the values). */
  target?: number;
}

/**
 * An ECharts chart (SVG). It is decoration for sighted users: screen readers get the
 * text summary and the data table next to it, so the chart itself is aria-hidden.
 */
export function Chart({ labels, series, height = 280 }: { labels: string[]; series: Series[]; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cleanup = () => {};
    let cancelled = false;
    void loadEcharts().then((echarts) => {
      if (cancelled) return;
      cleanup = draw(echarts, element);
    });
    return () => {
      cancelled = true;
      cleanup();
    };
    function draw(echarts: Awaited<ReturnType<typeof loadEcharts>>, target: HTMLDivElement) {
      const chart = echarts.init(target, undefined, { renderer: 'svg' });
      const hasPercent = series.some((s) => s.percent);
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: hasPercent ? 48 : 16, top: 32, bottom: 40 },
        xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
        yAxis: [
          { type: 'value', minInterval: 1 },
          ...(hasPercent ? [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } }] : []),
        ],
        series: series.map((s) => ({
          name: s.name,
          type: s.type,
          yAxisIndex: s.percent ? 1 : 0,
          data: s.values,
          connectNulls: false,
          ...(s.target !== undefined
            ? {
                markLine: {
                  symbol: 'none',
                  data: [{ yAxis: s.target, name: 'Ziel' }],
                  // Inside the plot: at the right edge the label would be cut off.
                  label: { position: 'insideEndTop', formatter: `Ziel ${s.target}${s.percent ? ' %' : ''}` },
                },
              }
            : {}),
        })),
        color: ['#1f5fa8', '#d9822b', '#3c8d3c', '#a83232'],
      });
      return followSize(chart, target);
    }
  }, [labels, series]);
  return <div ref={ref} aria-hidden="true" style={{ width: '100%', height, overflow: 'hidden' }} data-testid="chart" />;
}

/**
 * Redraws at the container's size whenever it changes (a turned phone, a narrower window, the menu
 * opening); until then `overflow: hidden` keeps the old drawing from widening the page.
 */
function followSize(chart: { resize(): void; dispose(): void }, target: HTMLElement) {
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(target);
  return () => {
    observer.disconnect();
    chart.dispose();
  };
}

export interface HeatmapProps {
  /** Column labels (x axis), e.g. the half hours. */
  columns: string[];
  /** Row labels (y axis, top to bottom), e.g. the weekdays. */
  rows: string[];
  /** [column index, row index, value]; absent cells have no calls. */
  cells: [number, number, number][];
  name: string;
  height?: number;
}

/** An ECharts heat map (SVG), decoration beside the accessible grid table (aria-hidden like Chart). */
export function Heatmap({ columns, rows, cells, name, height = 320 }: HeatmapProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cleanup = () => {};
    let cancelled = false;
    void loadEcharts().then((echarts) => {
      if (cancelled) return;
      const chart = echarts.init(element, undefined, { renderer: 'svg' });
      const max = Math.max(1, ...cells.map((c) => c[2]));
      chart.setOption({
        animation: false,
        tooltip: { position: 'top' },
        grid: { left: 40, right: 16, top: 8, bottom: 64 },
        xAxis: { type: 'category', data: columns, splitArea: { show: true }, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'category', data: rows, inverse: true, splitArea: { show: true } },
        visualMap: {
          min: 0,
          max,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 120,
          inRange: { color: ['#f2f6fb', '#1f5fa8'] },
        },
        series: [{ name, type: 'heatmap', data: cells, label: { show: false } }],
      });
      cleanup = followSize(chart, element);
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [columns, rows, cells, name]);
  return <div ref={ref} aria-hidden="true" style={{ width: '100%', height, overflow: 'hidden' }} data-testid="chart" />;
}
