import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './types';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const COLORS = { GREEN: '#2e7d32', YELLOW: '#f9a825', RED: '#c62828', GREY: '#9aa5b1' };

/** Lights per period (stacked) and on-time rate per body; loaded only with the dashboard page. */
export default function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const periods = dashboard.lightCounts.map((count) => count.periodLabel);
  const series = (['GREEN', 'YELLOW', 'RED', 'GREY'] as const).map((light) => ({
    name: t(`lights.${light}`),
    type: 'bar' as const,
    stack: 'lights',
    itemStyle: { color: COLORS[light] },
    data: dashboard.lightCounts.map((count) => count[light.toLowerCase() as 'green' | 'yellow' | 'red' | 'grey']),
  }));
  const rated = dashboard.league.filter((row) => row.onTimeRate !== null);
  return (
    <div className="card charts">
      <h2>{t('charts.title')}</h2>
      <div className="chart-grid">
        <ReactEChartsCore echarts={echarts} style={{ height: 280 }} option={{
          title: { text: t('charts.lights'), textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          legend: { bottom: 0 },
          grid: { left: 40, right: 10, top: 40, bottom: 50 },
          xAxis: { type: 'category', data: periods },
          yAxis: { type: 'value', minInterval: 1 },
          series,
        }} />
        <ReactEChartsCore echarts={echarts} style={{ height: 280 }} option={{
          title: { text: t('charts.onTime'), textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 10, top: 40, bottom: 80 },
          xAxis: { type: 'category', data: rated.map((row) => row.name), axisLabel: { rotate: 45 } },
          yAxis: { type: 'value', max: 100 },
          series: [{ type: 'bar', itemStyle: { color: '#1565c0' },
            data: rated.map((row) => Math.round((row.onTimeRate ?? 0) * 1000) / 10) }],
        }} />
      </div>
    </div>
  );
}
