import type { ChartSeries } from '@/utils/export/report-model';
import type { ReportText } from '@/utils/i18n/report-messages';
import type { Translator } from '@/utils/i18n/translator';
import { displayDate } from '@/utils/labels/labels';

interface Props {
  t: Translator;
  r: ReportText;
  series: ChartSeries[];
}

const WIDTH = 320;
const HEIGHT = 84;
const LEFT = 40;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 18;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

const percent = (ok: number, total: number) => (total > 0 ? Math.round((ok / total) * 100) : 0);

/**
 * Per group, a small line chart (inline SVG, no library): the share of required chats in place at each stored
 * audit run, 0–100 %, on one time axis for all groups so they compare at a glance. Black lines and words: prints
 * well in black and white; the latest value is also said in words.
 */
export function ReportChart({ t, r, series }: Props) {
  const times = series.flatMap((s) => s.points.map((p) => p.at));
  const from = times.length > 0 ? Math.min(...times) : 0;
  const to = times.length > 0 ? Math.max(...times) : 0;
  const x = (at: number) => LEFT + (to === from ? PLOT_W / 2 : ((at - from) / (to - from)) * PLOT_W);
  const y = (share: number) => TOP + PLOT_H - (share / 100) * PLOT_H;
  return (
    <section class="report-section" data-testid="report-chart">
      <h2>{r('reportChart')}</h2>
      {series.length === 0 ? (
        <p class="empty">{r('reportChartNone')}</p>
      ) : (
        <p class="hint">{r('reportChartCaption', { from: displayDate(from, t.lang), to: displayDate(to, t.lang) })}</p>
      )}
      <div class="report-charts">
        {series.map((s) => {
          const last = s.points[s.points.length - 1];
          const name = s.group ? t.t('groupHeading', { group: s.group }) : r('reportNoGroup');
          const now = last
            ? r('reportChartLast', { percent: percent(last.ok, last.total), ok: last.ok, total: last.total })
            : '';
          const coords = s.points.map((p) => `${x(p.at).toFixed(1)},${y(percent(p.ok, p.total)).toFixed(1)}`);
          return (
            <figure class="report-chart" key={s.group ?? ''} data-group={s.group ?? ''}>
              <figcaption>
                <strong>{name}</strong> — {now} · {r('reportChartRuns', { n: s.points.length })}
              </figcaption>
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                width={WIDTH}
                height={HEIGHT}
                role="img"
                aria-label={`${name}: ${now}`}
              >
                {[0, 50, 100].map((share) => (
                  <g key={share}>
                    <line
                      x1={LEFT}
                      x2={WIDTH - RIGHT}
                      y1={y(share)}
                      y2={y(share)}
                      class={share === 0 ? 'chart-axis' : 'chart-grid'}
                    />
                    <text x={LEFT - 4} y={y(share) + 3} text-anchor="end" class="chart-label">
                      {share} %
                    </text>
                  </g>
                ))}
                <text x={LEFT} y={HEIGHT - 4} class="chart-label">
                  {displayDate(from, t.lang)}
                </text>
                <text x={WIDTH - RIGHT} y={HEIGHT - 4} text-anchor="end" class="chart-label">
                  {displayDate(to, t.lang)}
                </text>
                {coords.length > 1 && <polyline points={coords.join(' ')} class="chart-line" />}
                {s.points.map((p) => (
                  <circle key={p.at} cx={x(p.at)} cy={y(percent(p.ok, p.total))} r={2.5} class="chart-dot">
                    <title>{`${t.dateTime(p.at)}: ${percent(p.ok, p.total)} % (${p.ok}/${p.total})`}</title>
                  </circle>
                ))}
              </svg>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
