import { useEffect, useRef } from 'react';

export interface MonthlyPoint {
  period?: string;
  /** The measured value as the API gives it (a decimal string). */
  measured?: string | number;
}

/**
 * A month-by-month line of measured values against a target, drawn by ECharts (loaded when first needed). The picture
 * is described in words for screen readers (role="img"); the values themselves are in the table beside it.
 */
export function MonthlyChart({ label, points, target }: { label: string; points: MonthlyPoint[]; target?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | undefined;
    const node = element.current;
    if (!node) {
      return;
    }
    void import('./echarts').then(({ init }) => {
      if (disposed) {
        return;
      }
      const chart = init(node, null, { renderer: 'svg' });
      const values = points.map((p) => (p.measured === undefined ? null : Number(p.measured)));
      chart.setOption({
        animation: false,
        grid: { left: 56, right: 24, top: 32, bottom: 32 },
        tooltip: { trigger: 'axis' },
        legend: { data: target === undefined ? ['Measured'] : ['Measured', 'Target'], top: 0 },
        xAxis: { type: 'category', data: points.map((p) => p.period ?? '') },
        yAxis: { type: 'value', scale: true },
        series: [
          { name: 'Measured', type: 'line', data: values, symbolSize: 7, lineStyle: { color: '#0b57a4' }, itemStyle: { color: '#0b57a4' } },
          ...(target === undefined ? [] : [{
            name: 'Target', type: 'line', data: points.map(() => target), symbol: 'none',
            lineStyle: { type: 'dashed', color: '#a4161a' }, itemStyle: { color: '#a4161a' },
          }]),
        ],
      });
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      dispose = () => {
        window.removeEventListener('resize', resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose?.();
    };
  }, [points, target]);
  return <div ref={element} className="chart" role="img" aria-label={label} />;
}
