import { useId, useRef } from 'react';
import type { ActiveConfig } from '@/lib/config/storage';
import { ManagedNotice } from './ManagedNotice';
import type { Translate } from '@/lib/i18n';
import { formatDateRange } from '@/lib/i18n/format';

interface Props {
  t: Translate;
  active: ActiveConfig;
  /** Why the organisation's policy is not used, in words (PRODUCT.md §4.7). */
  managedError?: string;
  notice?: { kind: 'ok' | 'error'; text: string };
  onImport: (file: File) => Promise<void>;
  onReset: () => Promise<void>;
  endpointAccess?: { origin: string; granted: boolean };
  onGrant: (origin: string) => void;
}

/** The active contest shown read-only, with the config file import. */
export function ConfigPanel({ t, active, managedError, notice, onImport, onReset, endpointAccess, onGrant }: Props) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { config, contest, builtIn, source, managedConfig } = active;
  // The fields the organisation sets are marked as such while its config is in force.
  const byOrganisation = source === 'managed' && <span className="tag">{t('options.managed')}</span>;
  const resetLabel = managedConfig ? t('options.resetToManaged') : t('options.resetConfig');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('options.contest')} {builtIn && <span className="tag">{t('options.builtIn')}</span>}
      </h2>
      {managedError && <ManagedNotice text={managedError} />}
      {source === 'managed' && <p className="hint">{active.locked ? t('options.managedLockedHint') : t('options.managedUnlockedHint')}</p>}
      <dl>
        <dt>{t('options.contestId')}</dt><dd>{contest.name} ({contest.id}) {byOrganisation}</dd>
        <dt>{t('options.organization')}</dt><dd>{config.organization.name} {byOrganisation}</dd>
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
        <dt>{t('options.endpoint')}</dt><dd>{config.endpoint?.url ?? t('options.noEndpoint')} {byOrganisation}</dd>
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
        {source === 'user' && <button type="button" className="secondary" onClick={() => void onReset()}>{resetLabel}</button>}
      </div>
      {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice--${notice.kind}`}>{notice.text}</p>}
    </section>
  );
}
