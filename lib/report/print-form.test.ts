import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINT_FORM, documentNumber, getPrintForm, setPrintForm } from './print-form';

const filled = {
  authority: 'UBND tỉnh Thừa Thiên Huế', place: 'Thừa Thiên Huế', number: '12/BC-SKHCN',
  signerTitle: 'Giám đốc', signerName: 'Trần Văn Ký', recipients: '- UBND tỉnh (b/c);\n- Lưu: VT.',
};

describe('print form storage', () => {
  it('should give the defaults until the admin fills the form, then remember it', async () => {
    expect(await getPrintForm()).toEqual(DEFAULT_PRINT_FORM);
    await setPrintForm(filled);
    expect(await getPrintForm()).toEqual(filled);
  });

  it('should fall back to the defaults when the stored form no longer passes its schema', async () => {
    await fakeBrowser.storage.local.set({ adminPrintForm: { ...filled, number: 12 } });
    expect(await getPrintForm()).toEqual(DEFAULT_PRINT_FORM);
  });
});

describe('documentNumber', () => {
  it('should print the number given, or the blank a clerk fills by hand', () => {
    expect(documentNumber(' 12/BC-SKHCN ')).toBe('Số: 12/BC-SKHCN');
    expect(documentNumber('')).toBe('Số:        /BC-……');
  });
});
