import { useState } from 'react';
import type { MessageKey, Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  /** Writes the file and resolves with its name and how many receipts it holds. */
  onExport: (format: 'json' | 'csv') => Promise<{ file: string; count: number }>;
}

/** Backup and hand-in of receipts: the PRODUCT.md 4.4 JSON file and the spreadsheet CSV. */
export function ReceiptExport({ t, onExport }: Props) {
  const [status, setStatus] = useState<{ key: MessageKey; params: Record<string, string | number> }>();
  const run = (format: 'json' | 'csv') =>
    void onExport(format)
      .then(({ file, count }) => setStatus({ key: 'receipts.exported', params: { file, count } }))
      .catch((error: unknown) => setStatus({ key: 'receipts.exportFailed', params: { message: String(error) } }));
  return (
    <section className="card" aria-labelledby="receipt-export-title">
      <h2 id="receipt-export-title">{t('receipts.title')}</h2>
      <p className="hint">{t('receipts.digestNote')}</p>
      <div className="row">
        <button type="button" onClick={() => run('json')}>{t('receipts.exportJson')}</button>
        <button type="button" className="secondary" onClick={() => run('csv')}>{t('receipts.exportCsv')}</button>
        <span role="status">{status && t(status.key, status.params)}</span>
      </div>
    </section>
  );
}
