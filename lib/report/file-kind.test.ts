import { describe, expect, it } from 'vitest';
import { checkAdminFile, MAX_FILE_BYTES } from './file-kind';

const bytes = (s: string) => new TextEncoder().encode(s);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);

describe('checkAdminFile', () => {
  it('should refuse a file over 50 MB whatever it is', () => {
    expect(checkAdminFile('a.json', MAX_FILE_BYTES + 1, bytes('{"kind":1}'))).toEqual({ ok: false, reason: 'tooLarge' });
  });
  it('should accept an .xlsx only when it is a zip archive', () => {
    expect(checkAdminFile('ds.xlsx', 100, zip)).toEqual({ ok: true, kind: 'roster-xlsx' });
    expect(checkAdminFile('ds.xlsx', 100, bytes('Họ và tên,Đơn vị'))).toEqual({ ok: false, reason: 'notXlsx' });
  });
  it('should refuse a binary file named .csv or .json', () => {
    expect(checkAdminFile('x.csv', 100, zip)).toEqual({ ok: false, reason: 'notText' });
    expect(checkAdminFile('x.json', 100, new Uint8Array([0x7b, 0, 1]))).toEqual({ ok: false, reason: 'notText' });
  });
  it('should tell the receipt CSV from a roster CSV by its header', () => {
    expect(checkAdminFile('a.csv', 10, bytes('\ufeffMã biên nhận,Mã hội thi\r\n'))).toEqual({ ok: true, kind: 'receipts-csv' });
    expect(checkAdminFile('b.csv', 10, bytes('Họ và tên;Đơn vị\n'))).toEqual({ ok: true, kind: 'roster-csv' });
  });
  it('should follow the picker used, and refuse what cannot be that', () => {
    expect(checkAdminFile('b.csv', 10, bytes('Họ và tên,Đơn vị'), 'receipts')).toEqual({ ok: true, kind: 'receipts-csv' });
    expect(checkAdminFile('a.json', 10, bytes('{}'), 'roster')).toEqual({ ok: false, reason: 'unknownType' });
    expect(checkAdminFile('ds.xlsx', 10, zip, 'receipts')).toEqual({ ok: false, reason: 'unknownType' });
  });
  it('should take JSON Lines files as receipts', () => {
    expect(checkAdminFile('receipts.jsonl', 10, bytes('oops'))).toEqual({ ok: true, kind: 'receipts-json' });
    expect(checkAdminFile('dump.ndjson', 10, bytes('{"kind":"hoithi.receipt"}\n{'))).toEqual({ ok: true, kind: 'receipts-json' });
    expect(checkAdminFile('receipts.jsonl', 10, bytes('{}'), 'roster')).toEqual({ ok: false, reason: 'unknownType' });
  });
  it('should refuse a file of another type', () => {
    expect(checkAdminFile('anh.png', 10, new Uint8Array([0x89, 0x50]))).toEqual({ ok: false, reason: 'unknownType' });
  });
});
