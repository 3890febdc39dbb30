import { useId, useState, type FormEvent } from 'react';
import type { ReminderSettings as Settings } from '@/lib/config/reminders';
import type { MessageKey, Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  settings: Settings;
  /** The contest's time zone, in which the hour is read. */
  timeZone: string;
  onSave: (settings: Settings) => Promise<void>;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Turn reminders on or off and choose their hour; its own form, so its "Lưu" saves only this. */
export function ReminderSettings({ t, settings, timeZone, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<{ key: MessageKey; message?: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSave(draft);
      setStatus({ key: 'reminders.settings.saved' });
    } catch (error) {
      setStatus({ key: 'reminders.settings.saveFailed', message: String(error) });
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminders.settings.title')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => setDraft((d) => ({ ...d, enabled: e.target.checked }))} />
        {t('reminders.settings.enabled')}
      </label>
      <label htmlFor={`${id}-hour`}>{t('reminders.settings.hour')}</label>
      <select id={`${id}-hour`} value={draft.hour} aria-describedby={`${id}-hour-hint`}
        onChange={(e) => setDraft((d) => ({ ...d, hour: Number(e.target.value) }))}>
        {HOURS.map((hour) => <option key={hour} value={hour}>{`${String(hour).padStart(2, '0')}:00`}</option>)}
      </select>
      <span id={`${id}-hour-hint`} className="hint">{t('reminders.settings.hourHint', { timeZone })}</span>
      <div className="row">
        {/* Visible "Lưu" like the profile form; the longer name tells the two buttons apart. */}
        <button type="submit" aria-label={t('reminders.settings.saveLabel')}>{t('reminders.settings.save')}</button>
        <span role="status">{status && t(status.key, { message: status.message ?? '' })}</span>
      </div>
    </form>
  );
}
