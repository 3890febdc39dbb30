import { useState, type DragEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import type { ImportLine } from '@/lib/report/import-line';

export interface PickedFile { file: File; intent?: 'receipts' | 'roster' }

interface Props {
  t: Translate;
  busy: boolean;
  lines: readonly ImportLine[];
  status: string;
  onFiles: (files: PickedFile[]) => void;
  onClear: () => void;
}

/** One readable line per imported file, with the refused rows under it. */
export function ImportLineItem({ t, line }: { t: Translate; line: ImportLine }) {
  if (line.error) {
    return <li className="notice notice--error">{t('admin.line.fileRefused', { name: line.name, message: t(line.error.key, line.error.params) })}</li>;
  }
  const counts = { name: line.name, read: line.read, fresh: line.fresh, duplicates: line.duplicates, refused: line.refused.length };
  return (
    <li className={line.refused.length ? 'notice notice--warn' : 'notice notice--ok'}>
      {t(line.kind === 'roster' ? 'admin.line.roster' : 'admin.line.receipts', counts)}
      {line.refused.length > 0 && (
        <ul>
          {line.refused.slice(0, 50).map((r, i) => (
            <li key={i}>{r.field ? t('admin.line.refusedRow', { row: r.row, field: r.field, message: t(r.key, r.params) }) : t('admin.line.refusedLine', { row: r.row, message: t(r.key, r.params) })}</li>
          ))}
          {line.refused.length > 50 && <li>…</li>}
        </ul>
      )}
    </li>
  );
}

/** File pickers for receipts and the roster, a drop zone for both, and the per-file results. */
export function AdminImport({ t, busy, lines, status, onFiles, onClear }: Props) {
  const [over, setOver] = useState(false);
  const pick = (list: FileList | null, intent: PickedFile['intent']) => {
    if (list?.length) onFiles([...list].map((file) => ({ file, intent })));
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    pick(event.dataTransfer.files, undefined);
  };
  return (
    <section className="card" aria-labelledby="admin-import-title">
      <h2 id="admin-import-title">{t('admin.import.title')}</h2>
      <div className="row">
        <label className="file-button">
          {t('admin.import.receipts')}
          <input type="file" multiple accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv" disabled={busy}
            onChange={(e) => { pick(e.target.files, 'receipts'); e.target.value = ''; }} />
        </label>
        <label className="file-button secondary">
          {t('admin.import.roster')}
          <input type="file" accept=".csv,.xlsx,text/csv" disabled={busy}
            onChange={(e) => { pick(e.target.files, 'roster'); e.target.value = ''; }} />
        </label>
        <button type="button" className="danger" onClick={onClear} disabled={busy}>{t('admin.clear')}</button>
      </div>
      <div className={over ? 'drop drop--over' : 'drop'} role="region" aria-label={t('admin.import.dropLabel')} data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        {t('admin.import.drop')}
      </div>
      <p role="status" className="hint">{busy ? t('admin.import.working') : status}</p>
      {lines.length > 0 && (
        <>
          <h3 id="admin-log-title">{t('admin.log.title')}</h3>
          <ul className="plain lines" aria-labelledby="admin-log-title">
            {lines.map((line, i) => <ImportLineItem key={i} t={t} line={line} />)}
          </ul>
        </>
      )}
    </section>
  );
}
