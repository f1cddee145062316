import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

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
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
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
                label: { formatter: `Ziel ${s.target}${s.percent ? ' %' : ''}` },
              },
            }
          : {}),
      })),
      color: ['#1f5fa8', '#d9822b', '#3c8d3c', '#a83232'],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, series]);
  return <div ref={ref} aria-hidden="true" style={{ width: '100%', height }} data-testid="chart" />;
}

export const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(v * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;
export const num = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : v.toLocaleString('de-DE', { maximumFractionDigits: 1 });
