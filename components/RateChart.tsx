import type { UnitRoundLine } from '@/lib/report/aggregate';

interface Props {
  lines: readonly UnitRoundLine[];
  label: string;
  targetLabel: string;
  formatRate: (rate: number | null) => string;
  /** id of the table holding the same figures (the chart's text alternative). */
  tableId: string;
}

const ROW = 26;
const LABEL_W = 250;
const BAR_W = 340;

/** Horizontal bars of each unit's rate, with the 100 % target line; the table says the same in text. */
export function RateChart({ lines, label, targetLabel, formatRate, tableId }: Props) {
  const height = lines.length * ROW + 30;
  const width = LABEL_W + BAR_W + 70;
  return (
    <svg className="chart" role="img" aria-label={label} aria-describedby={tableId} viewBox={`0 0 ${width} ${height}`} width="100%" data-testid="rate-chart">
      {lines.map((line, i) => {
        const y = 20 + i * ROW;
        const rate = line.rate ?? 0;
        const colour = rate >= 1 ? '#2e7d32' : rate >= 0.8 ? '#f0a020' : '#b3261e';
        return (
          <g key={line.unit}>
            <text x={LABEL_W - 8} y={y + 15} textAnchor="end" fontSize="12">{line.unit.length > 36 ? `${line.unit.slice(0, 35)}…` : line.unit}</text>
            <rect x={LABEL_W} y={y + 3} width={BAR_W} height={ROW - 8} fill="#eef1f4" />
            <rect className="bar" x={LABEL_W} y={y + 3} width={BAR_W * Math.min(rate, 1)} height={ROW - 8} fill={colour} />
            <text x={LABEL_W + BAR_W + 6} y={y + 15} fontSize="12">{formatRate(line.rate)}</text>
          </g>
        );
      })}
      <line x1={LABEL_W + BAR_W} x2={LABEL_W + BAR_W} y1={12} y2={height - 4} stroke="#1b2733" strokeDasharray="4 3" />
      <text x={LABEL_W + BAR_W} y={10} textAnchor="middle" fontSize="11">{targetLabel}</text>
    </svg>
  );
}
