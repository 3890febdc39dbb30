import type { Translate } from '@/lib/i18n';
import { formatWallDateTime } from '@/lib/i18n/format';
import type { ReportFlag } from '@/lib/report/aggregate';

/** The "tự khai" part of the check list for the printout: who, unit, round, the time they gave. */
export function DeclaredList({ t, flags }: { t: Translate; flags: readonly ReportFlag[] }) {
  const declared = flags.filter((f) => f.kind === 'declared');
  if (declared.length === 0) return null;
  return (
    <table className="declared-list">
      <caption>{t('report.declaredTitle')}</caption>
      <thead>
        <tr><th scope="col">{t('report.csv.fullName')}</th><th scope="col">{t('report.csv.unit')}</th><th scope="col">{t('report.csv.round')}</th><th scope="col">{t('report.csv.declaredAt')}</th></tr>
      </thead>
      <tbody>
        {declared.map((f) => (
          <tr key={f.receiptIds[0]}>
            <th scope="row">{f.fullName}</th><td>{f.unit}</td><td>{f.round ?? ''}</td><td>{f.declaredAt ? formatWallDateTime(f.declaredAt) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
