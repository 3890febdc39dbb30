import { useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import type { ImportLine } from '@/lib/report/import-line';
import { ImportLineItem } from './AdminImport';

export interface PullSourceInput { address: string; token: string }

interface Props {
  t: Translate;
  busy: boolean;
  /** The address and token of the last successful pull. */
  initial?: PullSourceInput;
  /** The result of the pull just made, as one import line. */
  line?: ImportLine;
  /** Why the pull just made failed (nothing changed), already translated. */
  error?: string;
  onPull: (source: PullSourceInput) => void;
}

/** "Lấy từ máy chủ": the collector's address and read token, and the result of the last pull. */
export function PullFromServer({ t, busy, initial, line, error, onPull }: Props) {
  const [address, setAddress] = useState(initial?.address ?? '');
  const [token, setToken] = useState(initial?.token ?? '');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(token.trim() === '');
    if (token.trim() !== '') onPull({ address: address.trim(), token: token.trim() });
  };
  const shown = missing ? t('admin.pull.tokenRequired') : error;
  return (
    <section className="card" aria-labelledby="admin-pull-title">
      <h2 id="admin-pull-title">{t('admin.pull.title')}</h2>
      <p className="hint">{t('admin.pull.hint')}</p>
      <form className="row" onSubmit={submit}>
        <label>
          {t('admin.pull.address')}{' '}
          <input type="url" required value={address} placeholder="https://" size={32} onChange={(e) => setAddress(e.target.value)} />
        </label>
        <label>
          {t('admin.pull.token')}{' '}
          <input type="password" autoComplete="off" value={token} size={24} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>{t('admin.pull.button')}</button>
      </form>
      {busy && <p role="status" className="hint">{t('admin.pull.working')}</p>}
      {shown && <p role="alert" className="notice notice--error">{shown}</p>}
      {line && !shown && <ul className="plain lines" aria-label={t('admin.pull.title')}><ImportLineItem t={t} line={line} /></ul>}
    </section>
  );
}
