import { useId, useRef } from 'react';
import type { ActiveConfig } from '@/lib/config/storage';
import type { Translate } from '@/lib/i18n';
import { formatDateRange } from '@/lib/i18n/format';

interface Props {
  t: Translate;
  active: ActiveConfig;
  notice?: { kind: 'ok' | 'error'; text: string };
  onImport: (file: File) => Promise<void>;
  onReset: () => Promise<void>;
  endpointAccess?: { origin: string; granted: boolean };
  onGrant: (origin: string) => void;
}

/** The active contest shown read-only, with the config file import. */
export function ConfigPanel({ t, active, notice, onImport, onReset, endpointAccess, onGrant }: Props) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { config, contest, builtIn } = active;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('options.contest')} {builtIn && <span className="tag">{t('options.builtIn')}</span>}
      </h2>
      <dl>
        <dt>{t('options.contestId')}</dt><dd>{contest.name} ({contest.id})</dd>
        <dt>{t('options.organization')}</dt><dd>{config.organization.name}</dd>
        <dt>{t('options.timeZone')}</dt><dd>{contest.timeZone}</dd>
        <dt>{t('options.rounds')}</dt>
        <dd>
          <ul className="plain" aria-label={t('options.rounds')}>
            {contest.rounds.map((r) => (
              <li key={r.number}>{t('popup.roundName', { number: r.number })}: {formatDateRange(r.opens, r.closes)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('options.attemptsPerRound')}</dt><dd>{contest.attemptsPerRound}</dd>
        <dt>{t('options.timeLimit')}</dt>
        <dd>{contest.timeLimitMinutes === null ? t('options.noTimeLimit') : t('options.timeLimitMinutes', { n: contest.timeLimitMinutes })}</dd>
        <dt>{t('options.endpoint')}</dt><dd>{config.endpoint?.url ?? t('options.noEndpoint')}</dd>
      </dl>
      {endpointAccess && !endpointAccess.granted && (
        <div className="row">
          <button type="button" className="secondary" onClick={() => onGrant(endpointAccess.origin)}>
            {t('receipts.grant', { origin: endpointAccess.origin })}
          </button>
        </div>
      )}
      <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-hidden="true" tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onImport(file);
        }} />
      <div className="row">
        <button type="button" onClick={() => fileInput.current?.click()}>{t('options.importConfig')}</button>
        {!builtIn && <button type="button" className="secondary" onClick={() => void onReset()}>{t('options.resetConfig')}</button>}
      </div>
      {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice--${notice.kind}`}>{notice.text}</p>}
    </section>
  );
}
