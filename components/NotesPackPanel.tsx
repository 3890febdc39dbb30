import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import type { PackMode } from '@/lib/notes/library';
import type { Notice } from './NotesBackup';
import { JsonFileButton } from './JsonFileButton';

interface Props {
  t: Translate;
  packs: readonly { name: string; packVersion: string }[];
  /** True while an office pack is in use, so the built-in one can be restored. */
  hasOfficePack: boolean;
  notice?: Notice;
  onImport: (file: File, mode: PackMode) => void;
  onRestore: () => void;
}

/** The packs in use (name and version), importing the office's pack, and restoring the built-in one. */
export function NotesPackPanel({ t, packs, hasOfficePack, notice, onImport, onRestore }: Props) {
  const [mode, setMode] = useState<PackMode>('add');
  return (
    <section className="card" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('pack.title')}</h2>
      <ul className="plain">
        {packs.map((pack) => <li key={pack.name}>{t('pack.inUse', { name: pack.name, version: pack.packVersion })}</li>)}
      </ul>
      <fieldset>
        <legend>{t('pack.mode')}</legend>
        {(['add', 'replace'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input type="radio" name="pack-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {t(`pack.mode.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <JsonFileButton label={t('pack.import')} onFile={(file) => onImport(file, mode)} />
        {hasOfficePack && <button type="button" className="secondary" onClick={onRestore}>{t('pack.restore')}</button>}
      </div>
      <p role="status" className={notice ? `notice notice--${notice.kind}` : undefined}>{notice?.text}</p>
    </section>
  );
}
