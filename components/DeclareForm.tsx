import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  round: number;
  /** Where the inputs start (now, or the round's last day) and the days the date may take. */
  defaults: { date: string; time: string; min: string; max: string };
  /** Sends the declaration; resolves with the message to show when it is refused. */
  onSubmit: (value: { date: string; time: string }) => Promise<string | undefined>;
  onClose: () => void;
}

/**
 * "Tôi đã thi đợt này trên thiết bị khác": a modal form (native dialog: focus trapped, Escape
 * closes) with the day and time already at their defaults, so the common case is one more click.
 */
export function DeclareForm({ t, round, defaults, onSubmit, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [date, setDate] = useState(defaults.date);
  const [time, setTime] = useState(defaults.time);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  // close() before unmounting gives the focus back to the button that opened the form.
  const close = () => {
    ref.current?.close();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    void onSubmit({ date, time }).then((message) => {
      setBusy(false);
      if (message) setError(message);
      else close();
    });
  };
  return (
    <dialog ref={ref} className="declare" aria-labelledby="declare-title" aria-describedby="declare-body" onCancel={(e) => { e.preventDefault(); close(); }}>
      {/* noValidate: the background's checks answer in the UI's language; the browser's bubbles would not. */}
      <form onSubmit={submit} noValidate>
        <h2 id="declare-title">{t('popup.declare.title', { number: round })}</h2>
        <p id="declare-body" className="hint">{t('popup.declare.body')}</p>
        <label htmlFor="declare-date">{t('popup.declare.date')}</label>
        <input id="declare-date" type="date" required value={date} min={defaults.min} max={defaults.max} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor="declare-time">{t('popup.declare.time')}</label>
        <input id="declare-time" type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row">
          <button type="button" className="secondary" onClick={close}>{t('popup.declare.cancel')}</button>
          <button type="submit" disabled={busy}>{t('popup.declare.confirm')}</button>
        </div>
      </form>
    </dialog>
  );
}

export default DeclareForm;
