import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { FLAG_KINDS, type ReportView, type UnitRoundLine } from '@/lib/report/aggregate';
import { flagEvidence } from '@/lib/report/flag-evidence';
import { RateChart } from './RateChart';

interface Props {
  t: Translate;
  report: ReportView;
  formatRate: (rate: number | null) => string;
  onCopy: (text: string) => Promise<void>;
}

/** The sentence a director reads first: each round's head-count and rate, then the leaders. */
export function summaryLine(t: Translate, report: ReportView, formatRate: Props['formatRate']): string {
  const rounds = report.totals.perRound.map((r) => {
    const line = t('admin.summary.round', { round: t('report.roundName', { number: r.round }), participants: r.participants, staff: r.staff, rate: formatRate(r.rate) });
    return r.declared > 0 ? `${line}, ${t('admin.summary.declared', { count: r.declared })}` : line;
  });
  const leaders = t('admin.summary.leaders', { total: report.rounds.length, complete: report.totals.leadersComplete, leaders: report.totals.leaders });
  return `${rounds.join(' · ')} · ${leaders}`;
}

function MissingList({ t, line, onCopy }: { t: Translate; line: UnitRoundLine; onCopy: Props['onCopy'] }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const names = line.missing.map((p) => p.fullName);
  const copy = () => void onCopy(names.join('\n')).then(() => setCopied(true));
  return (
    <li>
      {/* Names render only when opened: a province has thousands. */}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('admin.missing.count', { unit: line.unit, count: names.length })}</summary>
        {open && <p className="names">{names.join(', ')}</p>}
      </details>
      <button type="button" className="secondary small" onClick={copy}>{t('admin.missing.copy', { unit: line.unit })}</button>
      <span role="status" className="hint">{copied ? t('admin.missing.copied', { unit: line.unit }) : ''}</span>
    </li>
  );
}

function FlagList({ t, report }: { t: Translate; report: ReportView }) {
  const [open, setOpen] = useState(false);
  const total = FLAG_KINDS.reduce((sum, kind) => sum + report.flagCounts[kind], 0);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('admin.flags.title', { count: total })}</summary>
      {/* Rendered only when opened; the page holds the first flags of each kind, the exports hold them all. */}
      {open && FLAG_KINDS.filter((kind) => report.flagCounts[kind] > 0).map((kind) => {
        const shown = report.flags.filter((f) => f.kind === kind);
        const more = report.flagCounts[kind] - shown.length;
        return (
          <div key={kind} role="group" aria-labelledby={`flags-${kind}`}>
            <p id={`flags-${kind}`} className="flag-kind">{t(`report.flag.${kind}`)} ({report.flagCounts[kind]})</p>
            <ul>
              {shown.map((f, i) => (
                <li key={i}>
                  {f.fullName} ({f.unit}){f.round !== null ? `, ${t('report.roundName', { number: f.round })}` : ''}
                  <span className="evidence"> — {t('admin.flags.evidence', { evidence: flagEvidence(f, t) })}</span>
                </li>
              ))}
            </ul>
            {more > 0 && <p className="hint">{t('admin.flags.more', { count: more })}</p>}
          </div>
        );
      })}
      <p className="hint">{t('report.digestNote')}</p>
    </details>
  );
}

/** Every unit across every round at a glance: participants/staff and the rate, each round a column. */
function Overview({ t, report, formatRate }: Pick<Props, 't' | 'report' | 'formatRate'>) {
  const cell = (participants: number, staff: number, rate: number | null) => `${participants}/${staff} (${formatRate(rate)})`;
  return (
    <table id="overview-table" className="overview">
      <caption>{t('admin.overview.caption')}</caption>
      <thead>
        <tr><th scope="col">{t('report.csv.unit')}</th>{report.rounds.map((r) => <th key={r} scope="col">{t('report.roundName', { number: r })}</th>)}</tr>
      </thead>
      <tbody>
        {report.units.map((unit) => (
          <tr key={unit}>
            <th scope="row">{unit}</th>
            {report.lines.filter((l) => l.unit === unit).map((l) => (
              <td key={l.round} className={l.rate !== null && l.rate < 1 ? 'short' : undefined}>{cell(l.participants, l.staff, l.rate)}</td>
            ))}
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('report.csv.total')}</th>
          {report.totals.perRound.map((r) => <td key={r.round}>{cell(r.participants, r.staff, r.rate)}</td>)}
        </tr>
      </tbody>
    </table>
  );
}

/** Per round: summary, unit table and chart against 100 %, who is missing; beside it all rounds; then the leaders. */
export function ParticipationReport({ t, report, formatRate, onCopy }: Props) {
  const [round, setRound] = useState(report.rounds[0] ?? 1);
  const roundName = t('report.roundName', { number: round });
  const lines = report.lines.filter((l) => l.round === round);
  const total = report.totals.perRound.find((r) => r.round === round);
  const missing = lines.filter((l) => l.missing.length > 0);
  return (
    <section className="card wide" aria-labelledby="report-title">
      <h2 id="report-title">{t('admin.report.title')}</h2>
      <p className="summary" data-testid="summary">{summaryLine(t, report, formatRate)}</p>
      <p className="hint">{t('admin.summary.target')}</p>
      <div className="report-grid">
      <section aria-labelledby="overview-title">
        <h3 id="overview-title">{t('admin.overview.title')}</h3>
        <Overview t={t} report={report} formatRate={formatRate} />
      </section>
      <section aria-labelledby="round-title">
      <h3 id="round-title">
        <label className="inline" htmlFor="round-select">{t('admin.report.round')}</label>{' '}
        <select id="round-select" value={round} onChange={(e) => setRound(Number(e.target.value))}>
          {report.rounds.map((r) => <option key={r} value={r}>{t('report.roundName', { number: r })}</option>)}
        </select>
      </h3>
      <RateChart lines={lines} label={t('admin.chart.label', { round: roundName })} targetLabel={t('admin.chart.target')} formatRate={formatRate} tableId="unit-table"
        legend={{ title: t('admin.chart.legend'), full: t('admin.chart.full'), near: t('admin.chart.near'), low: t('admin.chart.low') }} />
      <table id="unit-table">
        <caption>{t('admin.table.caption', { round: roundName })}</caption>
        <thead>
          <tr><th scope="col">{t('report.csv.unit')}</th><th scope="col">{t('report.csv.staff')}</th><th scope="col">{t('report.csv.participants')}</th><th scope="col">{t('report.csv.rate')}</th></tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.unit}><th scope="row">{l.unit}</th><td>{l.staff}</td><td>{l.participants}</td><td>{formatRate(l.rate)}</td></tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr><th scope="row">{t('report.csv.total')}</th><td>{total.staff}</td><td>{total.participants}</td><td>{formatRate(total.rate)}</td></tr>
          </tfoot>
        )}
      </table>
      </section>
      </div>
      <h3 id="missing-title">{t('admin.missing.title', { round: roundName })}</h3>
      {missing.length === 0 ? <p>{t('admin.missing.none')}</p> : (
        <ul className="plain missing" aria-labelledby="missing-title">
          {missing.map((l) => <MissingList key={`${round}:${l.unit}`} t={t} line={l} onCopy={onCopy} />)}
        </ul>
      )}
      <LeadersTable t={t} report={report} />
      {report.flags.length > 0 && <FlagList t={t} report={report} />}
    </section>
  );
}

/** Every leader with the rounds taken out of the contest's rounds. */
export function LeadersTable({ t, report }: { t: Translate; report: Pick<ReportView, 'rounds' | 'leaders'> }) {
  const title = t('admin.leaders.title', { total: report.rounds.length });
  if (report.leaders.length === 0) return <><h3>{title}</h3><p>{t('admin.leaders.none')}</p></>;
  return (
    <table id="leaders-table">
      <caption>{title}</caption>
      <thead>
        <tr><th scope="col">{t('report.csv.fullName')}</th><th scope="col">{t('report.csv.unit')}</th><th scope="col">{t('report.csv.position')}</th>
          <th scope="col">{t('admin.leaders.taken')}</th><th scope="col">{t('report.csv.roundList')}</th><th scope="col">{t('admin.leaders.status')}</th></tr>
      </thead>
      <tbody>
        {report.leaders.map((l) => {
          const missed = report.rounds.filter((r) => !l.roundsTaken.includes(r)).map((r) => t('report.roundName', { number: r }));
          return (
            <tr key={l.person.row} className={l.complete ? undefined : 'leader--short'}>
              <th scope="row">{l.person.fullName}</th><td>{l.person.unit}</td><td>{l.person.position}</td>
              <td>{l.roundsTaken.length}/{l.of}</td>
              <td>{l.roundsTaken.map((r) => t('report.roundName', { number: r })).join(', ')}</td>
              <td>{l.complete ? t('admin.leaders.complete') : <strong className="short">{t('admin.leaders.missingRounds', { rounds: missed.join(', ') })}</strong>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
