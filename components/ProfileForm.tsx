import { useId, useState, type FormEvent } from 'react';
import { parseProfile, type Profile } from '@/lib/config/settings';
import type { MessageKey, Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  profile?: Profile;
  units: string[];
  onSave: (profile: Profile) => Promise<void>;
}

type Field = keyof Profile;

/** The personal profile with the exact labels of PRODUCT.md §5. */
export function ProfileForm({ t, profile, units, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState({
    fullName: profile?.fullName ?? '',
    unit: profile?.unit ?? '',
    position: profile?.position ?? '',
    isLeader: profile?.isLeader ?? false,
    account: profile?.account ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [status, setStatus] = useState<{ key: MessageKey; message?: string }>();
  const set = <K extends Field>(field: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = parseProfile(draft);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.key])));
      setStatus(undefined);
      return;
    }
    setErrors({});
    try {
      await onSave(result.profile);
      setStatus({ key: 'options.saved' });
    } catch (error) {
      setStatus({ key: 'options.saveFailed', message: String(error) });
    }
  };

  const errorOf = (field: Field) =>
    errors[field] && (
      <span id={`${id}-${field}-error`} className="field-error">{t(errors[field])}</span>
    );
  const describedBy = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);
  // A unit saved earlier but missing from a newer config stays selectable rather than silently lost.
  const unitChoices = draft.unit && !units.includes(draft.unit) ? [...units, draft.unit] : units;

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('options.profile')}</h2>
      <label htmlFor={`${id}-fullName`}>{t('options.fullName')}</label>
      <input id={`${id}-fullName`} value={draft.fullName} onChange={(e) => set('fullName', e.target.value)}
        aria-invalid={!!errors.fullName} aria-describedby={describedBy('fullName')} autoComplete="name" />
      {errorOf('fullName')}
      <label htmlFor={`${id}-unit`}>{t('options.unit')}</label>
      {units.length > 0 ? (
        <select id={`${id}-unit`} value={draft.unit} onChange={(e) => set('unit', e.target.value)}
          aria-invalid={!!errors.unit} aria-describedby={describedBy('unit')}>
          <option value="">{t('options.unitChoose')}</option>
          {unitChoices.map((unit) => <option key={unit} value={unit}>{unit}</option>)}
        </select>
      ) : (
        <input id={`${id}-unit`} value={draft.unit} onChange={(e) => set('unit', e.target.value)}
          aria-invalid={!!errors.unit} aria-describedby={describedBy('unit')} />
      )}
      {errorOf('unit')}
      <label htmlFor={`${id}-position`}>{t('options.position')}</label>
      <input id={`${id}-position`} value={draft.position} onChange={(e) => set('position', e.target.value)} />
      <label className="checkbox">
        <input type="checkbox" checked={draft.isLeader} onChange={(e) => set('isLeader', e.target.checked)} />
        {t('options.isLeader')}
      </label>
      <label htmlFor={`${id}-account`}>{t('options.account')}</label>
      <input id={`${id}-account`} value={draft.account} onChange={(e) => set('account', e.target.value)}
        aria-describedby={`${id}-account-hint`} autoComplete="username" />
      <span id={`${id}-account-hint`} className="hint">{t('options.accountHint')}</span>
      <div className="row">
        <button type="submit">{t('options.save')}</button>
        <span role="status">{status && t(status.key, { message: status.message ?? '' })}</span>
      </div>
    </form>
  );
}
