import type { UnitRoundLine } from '@/lib/report/aggregate';

interface Props {
  lines: readonly UnitRoundLine[];
  label: string;
  targetLabel: string;
  formatRate: (rate: number | null) => string;
  /** id of the table holding the same figures (the chart's text alternative). */
  tableId: string;
  /** The colour key's heading and its three entries: 100 %, 80 % to under 100 %, under 80 %. */
  legend: { title: string; full: string; near: string; low: string };
}

const LINE = 15;
const LABEL_W = 250;
const BAR_W = 300;
const CHARS = 34; // what fits in LABEL_W at 12 px
export const RATE_COLOURS = { full: '#2e7d32', near: '#f0a020', low: '#b3261e' } as const;

/** A unit's full name cut at spaces into lines that fit the label column (no name is ever cut short). */
export function wrapLabel(text: string, width = CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const colourOf = (rate: number) => (rate >= 1 ? RATE_COLOURS.full : rate >= 0.8 ? RATE_COLOURS.near : RATE_COLOURS.low);

/** Horizontal bars of each unit's rate, with the 100 % target line and a colour key; the table says the same in text. */
export function RateChart({ lines, label, targetLabel, formatRate, tableId, legend }: Props) {
  const rows: { line: UnitRoundLine; label: string[]; y: number; height: number }[] = [];
  for (const line of lines) {
    const label = wrapLabel(line.unit);
    const last = rows.at(-1);
    rows.push({ line, label, y: last ? last.y + last.height : 20, height: Math.max(26, label.length * LINE + 10) });
  }
  const end = rows.at(-1);
  const height = (end ? end.y + end.height : 20) + 10;
  const width = LABEL_W + BAR_W + 70;
  return (
    <figure className="chart-figure">
      <svg className="chart" role="img" aria-label={label} aria-describedby={tableId} viewBox={`0 0 ${width} ${height}`} width="100%" data-testid="rate-chart">
        {rows.map(({ line, label: text, y: top, height: h }) => {
          const rate = line.rate ?? 0;
          const mid = top + h / 2;
          return (
            <g key={line.unit}>
              <text x={LABEL_W - 8} y={mid - ((text.length - 1) * LINE) / 2 + 4} textAnchor="end" fontSize="12">
                {text.map((part, i) => <tspan key={i} x={LABEL_W - 8} dy={i === 0 ? 0 : LINE}>{part}</tspan>)}
              </text>
              <rect x={LABEL_W} y={mid - 9} width={BAR_W} height={18} fill="#eef1f4" />
              <rect className="bar" x={LABEL_W} y={mid - 9} width={BAR_W * Math.min(rate, 1)} height={18} fill={colourOf(rate)} />
              <text x={LABEL_W + BAR_W + 6} y={mid + 4} fontSize="12">{formatRate(line.rate)}</text>
            </g>
          );
        })}
        <line x1={LABEL_W + BAR_W} x2={LABEL_W + BAR_W} y1={12} y2={height - 4} stroke="#1b2733" strokeDasharray="4 3" />
        <text x={LABEL_W + BAR_W} y={10} textAnchor="middle" fontSize="11">{targetLabel}</text>
      </svg>
      <figcaption>
        <ul className="legend" aria-label={legend.title}>
          {(['full', 'near', 'low'] as const).map((key) => (
            <li key={key}><span className="swatch" style={{ background: RATE_COLOURS[key] }} aria-hidden="true" />{legend[key]}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
