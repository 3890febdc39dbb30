import { describe, expect, it } from 'vitest';
import { createCatalogT } from '../i18n/translate';
import { report as messages } from '../i18n/catalog/report';
import { buildReport, type FlagKind } from './aggregate';
import { flagEvidence, formatStamp } from './flag-evidence';
import { makeReceipt, QLKH, reportInput, roster, uuid, VP } from './test-data';

const t = createCatalogT(messages, 'vi');
const evidenceOf = (kind: FlagKind, report = buildReport(reportInput)) => report.flags.filter((f) => f.kind === kind).map((f) => flagEvidence(f, t));

describe('formatStamp', () => {
  it('should keep the receipt wall time of the contest zone, whatever the machine zone', () => {
    expect(formatStamp('2022-08-02T09:00:05+07:00')).toBe('09:00:05 02/08/2022');
  });
});

describe('flagEvidence', () => {
  it('should give both attempts start times, oldest first', () => {
    const first = makeReceipt(1, 1, { account: 'levanc', fullName: 'Lê Văn C', unit: QLKH }, { startedAt: '2022-08-03T14:30:00+07:00', submittedAt: '2022-08-03T14:37:00+07:00', durationSeconds: 420 });
    const second = makeReceipt(2, 1, { account: 'levanc', fullName: 'Lê Văn C', unit: QLKH }, { startedAt: '2022-08-02T08:05:09+07:00', submittedAt: '2022-08-02T08:10:09+07:00', durationSeconds: 300 });
    const report = buildReport({ rounds: [1], roster, receipts: [first, second] });
    const [flag] = report.flags;
    expect(flag?.receiptIds).toEqual([uuid(2), uuid(1)]);
    expect(evidenceOf('second-attempt', report)).toEqual(['lần 1 bắt đầu 08:05:09 02/08/2022; lần 2 bắt đầu 14:30:00 03/08/2022']);
  });

  it('should show the portal account against the profile name and account', () => {
    expect(evidenceOf('account-mismatch')).toEqual(['Trang thi hiển thị "Nguyễn Văn A"; hồ sơ: "Lê Văn C", tài khoản SSO "levanc"']);
    const unread = makeReceipt(3, 1, { fullName: 'Lê Văn C', unit: QLKH, account: '' }, { portalAccount: null, warnings: ['account-mismatch'] });
    expect(evidenceOf('account-mismatch', buildReport({ rounds: [1], roster, receipts: [unread] })))
      .toEqual(['Trang thi hiển thị "(không đọc được)"; hồ sơ: "Lê Văn C", tài khoản SSO "(trống)"']);
  });

  it('should give the submit time of an unconfirmed attempt', () => {
    expect(evidenceOf('unconfirmed')).toEqual(['Nộp bài lúc 09:21:40 09/08/2022, không thấy trang thi xác nhận']);
  });

  it('should give the name and unit the receipt says for someone not on the roster', () => {
    expect(evidenceOf('unmatched')).toEqual([
      'Biên nhận ghi họ tên "Phạm Thị D", đơn vị "Phòng Quản lý Khoa học", tài khoản SSO "phamthid-khac"',
      `Biên nhận ghi họ tên "Ngô Văn X", đơn vị "${VP}", tài khoản SSO "ngovanx"`,
    ]);
  });

  it('should say what to check for every other kind', () => {
    expect(evidenceOf('outside-round')).toEqual(['Bắt đầu lúc 09:14:03 09/08/2022, ngoài thời gian các đợt']);
    expect(evidenceOf('other-contest')).toEqual(['Mã hội thi trên biên nhận: "cchc-tth-2023"']);
    expect(evidenceOf('digest-mismatch')).toEqual([`Biên nhận ${uuid(9)} bị hỏng hoặc bị sửa sau khi tạo`]);
  });
});
