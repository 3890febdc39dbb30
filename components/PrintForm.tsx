import type { Translate } from '@/lib/i18n';
import { PRINT_FORM_FIELDS, type PrintForm as Form } from '@/lib/report/print-form';

interface Props {
  t: Translate;
  form: Form;
  onChange: (form: Form) => void;
  saved: boolean;
}

const LABEL = {
  authority: 'admin.print.authority', place: 'admin.print.place', number: 'admin.print.number',
  signerTitle: 'admin.print.signerTitle', signerName: 'admin.print.signerName', recipients: 'admin.print.recipients',
} as const;

/** The few facts the printed report needs that no config holds; filled once, kept for next time. */
export function PrintForm({ t, form, onChange, saved }: Props) {
  return (
    <fieldset className="print-form">
      <legend>{t('admin.print.form')}</legend>
      {PRINT_FORM_FIELDS.map((field) => {
        const id = `print-${field}`;
        const hint = field === 'number' ? 'admin.print.numberHint' : field === 'recipients' ? 'admin.print.recipientsHint' : undefined;
        const common = {
          id, value: form[field], 'aria-describedby': hint ? `${id}-hint` : undefined,
          onChange: (e: { currentTarget: { value: string } }) => onChange({ ...form, [field]: e.currentTarget.value }),
        };
        return (
          <div key={field} className={field === 'recipients' ? 'field field--wide' : 'field'}>
            <label htmlFor={id}>{t(LABEL[field])}</label>
            {field === 'recipients' ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
            {hint && <span id={`${id}-hint`} className="hint">{t(hint)}</span>}
          </div>
        );
      })}
      <span role="status" className="hint">{saved ? t('admin.print.saved') : ''}</span>
    </fieldset>
  );
}
