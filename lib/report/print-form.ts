import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** What the admin fills once for the printed report (PRODUCT.md 4.10); remembered in the extension's storage. */
const text = (max: number) => z.string().check(z.maxLength(max));
export const printFormSchema = z.strictObject({
  authority: text(200),
  place: text(100),
  number: text(60),
  signerTitle: text(200),
  signerName: text(100),
  recipients: text(2000),
});
export type PrintForm = z.infer<typeof printFormSchema>;
export const PRINT_FORM_FIELDS = ['authority', 'place', 'number', 'signerTitle', 'signerName', 'recipients'] as const satisfies readonly (keyof PrintForm)[];

// The config knows only the organisation (printed from it directly); the rest starts as the customary text.
export const DEFAULT_PRINT_FORM: PrintForm = {
  authority: '', place: '', number: '', signerTitle: '', signerName: '', recipients: '- Như trên;\n- Lưu: VT.',
};

const printFormItem = storage.defineItem<unknown>('local:adminPrintForm');

/** The stored form, or the defaults when none is stored or it no longer passes the schema. */
export async function getPrintForm(): Promise<PrintForm> {
  const parsed = printFormSchema.safeParse(await printFormItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_PRINT_FORM;
}

export async function setPrintForm(form: PrintForm): Promise<void> {
  await printFormItem.setValue(printFormSchema.parse(form));
}

/** "Số: 12/BC-SKHCN", or the blank the clerk fills by hand ("Số:      /BC-……"). */
export function documentNumber(number: string): string {
  return number.trim() ? `Số: ${number.trim()}` : 'Số:        /BC-……';
}
