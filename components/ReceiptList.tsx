import type { Translate } from '@/lib/i18n';
import { formatWallDateTime } from '@/lib/i18n/format';
import type { EndpointView, ReceiptsView, ReceiptView } from '@/lib/receipts/status';

interface Props {
  t: Translate;
  receipts: ReceiptsView;
  endpoint: EndpointView | null;
  onRetry: () => void;
  onGrant: (origin: string) => void;
}

function errorText(error: NonNullable<ReceiptView['lastError']>, t: Translate): string {
  if (error.kind === 'rejected') return error.message;
  if (error.kind === 'timeout') return t('receipts.error.timeout');
  if (error.kind === 'network') return t('receipts.error.network');
  return `${t('receipts.error.http', { status: error.status ?? '' })}: ${error.message}`;
}

/** Receipts with their delivery state (PRODUCT.md §5 words), tries and last error; "Gửi lại ngay". */
export function ReceiptList({ t, receipts: { recent, counts }, endpoint, onRetry, onGrant }: Props) {
  const waiting = counts.queued + counts.rejected > 0;
  const blocked = endpoint && endpoint.canRequestPermission && !endpoint.hasPermission && recent.some((r) => r.lastError?.kind === 'network');
  return (
    <section className="receipts" aria-labelledby="receipts-title">
      <h2 id="receipts-title">{t('receipts.title')}</h2>
      {!endpoint && <p className="hint">{t('receipts.noEndpoint')}</p>}
      {recent.length === 0 ? (
        <p className="hint">{t('receipts.none')}</p>
      ) : (
        <ul aria-label={t('receipts.listLabel')}>
          {recent.map((r) => {
            const time = formatWallDateTime(r.submittedAt);
            return (
              <li key={r.receiptId} className={`receipt receipt--${r.state}`}>
                <span>
                  {r.round === null ? t('receipts.itemOutside', { time }) : t('receipts.item', { round: r.round, time })}
                  {r.declared && ` · ${t('receipts.declared')}`}
                </span>
                <span className="receipt__state">{t(`receipts.state.${r.state}`)}</span>
                {(r.attempts > 1 || r.lastError) && (
                  <span className="receipt__detail">
                    {t('receipts.attempts', { n: r.attempts })}
                    {r.lastError && r.state !== 'delivered' && ` · ${t('receipts.lastError', { message: errorText(r.lastError, t) })}`}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {blocked && (
        <div className="notice">
          <p>{t('receipts.corsHint', { origin: endpoint.origin })}</p>
          <button type="button" onClick={() => onGrant(endpoint.origin)}>{t('receipts.grant', { origin: endpoint.origin })}</button>
        </div>
      )}
      {waiting && endpoint && (
        <button type="button" className="retry" onClick={onRetry}>{t('receipts.retryNow')}</button>
      )}
    </section>
  );
}
