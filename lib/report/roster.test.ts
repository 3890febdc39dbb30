import { describe, expect, it } from 'vitest';
import { parseRosterCsv, parseRosterRows } from './roster';

const VN_HEADER = 'Họ và tên,Đơn vị,Chức vụ,Lãnh đạo,Tài khoản';

describe('parseRosterCsv', () => {
  it('should read the Vietnamese headers with a BOM and CRLF', () => {
    const result = parseRosterCsv(`\ufeff${VN_HEADER}\r\nNguyễn Văn A,Văn phòng Sở,Chánh Văn phòng,x,nguyenvana\r\n`);
    expect(result).toEqual({
      ok: true,
      rows: [{ row: 2, fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chánh Văn phòng', isLeader: true, account: 'nguyenvana' }],
      refused: [],
    });
  });

  it('should read semicolons, quoted units with commas and English headers in any case and order', () => {
    const text = 'ACCOUNT;fullname;Unit;isLeader;STT\nlevanc;Lê Văn C;"Trung tâm Đo lường, thử nghiệm và Thông tin khoa học";TRUE;1\n';
    const result = parseRosterCsv(text);
    expect(result.ok && result.rows[0]).toEqual({
      row: 2, fullName: 'Lê Văn C', unit: 'Trung tâm Đo lường, thử nghiệm và Thông tin khoa học', position: '', isLeader: true, account: 'levanc',
    });
  });

  it('should accept NFD headers and give NFC names', () => {
    const result = parseRosterCsv(`${VN_HEADER}\nTrần  Thị Thuỷ ,Văn phòng Sở,,,\n`.normalize('NFD'));
    expect(result.ok && result.rows.map((r) => [r.fullName, r.unit])).toEqual([['Trần Thị Thuỷ', 'Văn phòng Sở']]);
  });

  it('should read the leader column as spreadsheet users fill it', () => {
    const values = ['x', 'X', '1', 'có', 'CÓ', 'co', 'true', '', '0', 'không'];
    const lines = values.map((v, i) => `Người ${i},Văn phòng Sở,,${v},`);
    const result = parseRosterCsv([VN_HEADER, ...lines].join('\n'));
    expect(result.ok && result.rows.map((r) => r.isLeader)).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  it('should refuse rows without a name or unit, with an unreadable leader cell, or repeated, and say where', () => {
    const text = [
      VN_HEADER,
      ',Văn phòng Sở,,,',
      'Nguyễn Văn A,,,,',
      'Nguyễn Văn B,Văn phòng Sở,,có lẽ,',
      '',
      'Lê Văn C,Văn phòng Sở,,,levanc',
      'Lê Văn Cường,Thanh tra Sở,,,LEVANC',
      'lê văn c,văn phòng sở,,,',
    ].join('\n');
    const result = parseRosterCsv(text);
    expect(result.ok && result.rows.map((r) => r.row)).toEqual([6]);
    expect(result.ok && result.refused).toEqual([
      { row: 2, field: 'fullName', key: 'report.roster.fullNameRequired' },
      { row: 3, field: 'unit', key: 'report.roster.unitRequired' },
      { row: 4, field: 'isLeader', key: 'report.roster.badLeader', params: { value: 'có lẽ' } },
      { row: 7, field: 'account', key: 'report.roster.duplicatePerson', params: { first: 6 } },
      { row: 8, field: 'fullName', key: 'report.roster.duplicatePerson', params: { first: 6 } },
    ]);
  });

  it('should keep namesakes in one unit when their accounts tell them apart', () => {
    const result = parseRosterCsv(`${VN_HEADER}\nLê Văn Hùng,Văn phòng Sở,,,hung1\nLê Văn Hùng,Văn phòng Sở,,,hung2\n`);
    expect(result.ok && result.rows).toHaveLength(2);
  });

  it('should refuse the file when a required column is missing, twice present, or nothing is there', () => {
    expect(parseRosterCsv('Họ và tên,Chức vụ\nA,B\n')).toEqual({ ok: false, error: { key: 'report.table.missingColumns', params: { columns: '"Đơn vị"' } } });
    expect(parseRosterCsv('Họ và tên,Đơn vị,Ho va ten\n')).toEqual({ ok: false, error: { key: 'report.table.duplicateColumn', params: { column: 'Ho va ten' } } });
    expect(parseRosterCsv('\ufeff\r\n')).toEqual({ ok: false, error: { key: 'report.roster.empty' } });
    expect(parseRosterCsv('Họ và tên,Đơn vị\n"A,B\n')).toEqual({ ok: false, error: { key: 'report.csv.unterminatedQuote', params: { row: 2 } } });
  });
});

describe('parseRosterRows', () => {
  it('should take rows from any table reader, such as an XLSX sheet', () => {
    const result = parseRosterRows([['', ''], ['Họ và tên', 'Đơn vị'], ['Phạm Thị D', 'Phòng Quản lý Khoa học']]);
    expect(result.ok && result.rows).toEqual([{ row: 3, fullName: 'Phạm Thị D', unit: 'Phòng Quản lý Khoa học', position: '', isLeader: false, account: '' }]);
  });
});
