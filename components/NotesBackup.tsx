import type { Translate } from '@/lib/i18n';
import { JsonFileButton } from './JsonFileButton';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

interface Props {
  t: Translate;
  /** The last backup, already formatted for reading, or undefined if there was none. */
  lastBackup?: string;
  unsaved: number;
  notice?: Notice;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** Backup made obvious: the export button first, when it was last done, and what is not yet saved. */
export function NotesBackup({ t, lastBackup, unsaved, notice, onExport, onImport }: Props) {
  return (
    <section className={`card backup${unsaved > 0 ? ' backup--due' : ''}`} aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{lastBackup ? t('backup.last', { time: lastBackup }) : t('backup.never')}</p>
      {unsaved > 0 ? (
        <p className="backup__reminder" role="note">{t('backup.reminder', { count: unsaved })}</p>
      ) : (
        lastBackup && <p className="hint">{t('backup.upToDate')}</p>
      )}
      <div className="row">
        <button type="button" className="primary-large" onClick={onExport}>{t('backup.export')}</button>
        <JsonFileButton label={t('backup.import')} onFile={onImport} />
      </div>
      <p role="status" className={notice ? `notice notice--${notice.kind}` : undefined}>{notice?.text}</p>
    </section>
  );
}
