import type { Translate } from '@/lib/i18n';
import type { ReportView } from '@/lib/report/aggregate';
import { DeclaredList } from './DeclaredList';
import { LeadersTable } from './ParticipationReport';

interface Props {
  t: Translate;
  report: ReportView;
  organization: string;
  contestName: string;
  /** Today in the contest's time zone. */
  date: { day: string; month: string; year: string };
  formatRate: (rate: number | null) => string;
  onPrint: () => void;
  onBack: () => void;
}

/** The report as the Office files it: A4, the administrative heading, one table per round, the leaders. */
export function PrintReport({ t, report, organization, contestName, date, formatRate, onPrint, onBack }: Props) {
  return (
    <article className="print">
      <div className="no-print row">
        <button type="button" onClick={onPrint}>{t('admin.print.print')}</button>
        <button type="button" className="secondary" onClick={onBack}>{t('admin.print.back')}</button>
      </div>
      <header className="print-head">
        <div className="print-org"><strong>{organization.toUpperCase()}</strong></div>
        <div className="print-motto"><strong>{t('admin.print.motto1')}</strong><br /><strong className="underline">{t('admin.print.motto2')}</strong></div>
      </header>
      <p className="print-date"><em>{t('admin.print.date', date)}</em></p>
      <h1 className="print-title">{t('admin.print.title', { contest: contestName })}</h1>
      {report.totals.perRound.map((total) => {
        const roundName = t('report.roundName', { number: total.round });
        return (
          <table key={total.round}>
            <caption>{roundName}</caption>
            <thead>
              <tr><th scope="col">{t('report.csv.unit')}</th><th scope="col">{t('report.csv.staff')}</th><th scope="col">{t('report.csv.participants')}</th><th scope="col">{t('report.csv.rate')}</th><th scope="col">{t('report.csv.missing')}</th></tr>
            </thead>
            <tbody>
              {report.lines.filter((l) => l.round === total.round).map((l) => (
                <tr key={l.unit}><th scope="row">{l.unit}</th><td>{l.staff}</td><td>{l.participants}</td><td>{formatRate(l.rate)}</td><td>{l.missing.length}</td></tr>
              ))}
            </tbody>
            <tfoot><tr><th scope="row">{t('report.csv.total')}</th><td>{total.staff}</td><td>{total.participants}</td><td>{formatRate(total.rate)}</td><td>{total.staff - total.participants}</td></tr></tfoot>
          </table>
        );
      })}
      <LeadersTable t={t} report={report} />
      <DeclaredList t={t} flags={report.flags} />
      <p className="print-signer"><strong>{t('admin.print.signer')}</strong></p>
    </article>
  );
}
