import type { Catalog } from './types';

/** Messages of lib/report: roster and receipt file errors, report flags, CSV headers of the report. */
export const report = {
  'report.csv.unterminatedQuote': {
    vi: 'Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng {row} không được đóng.',
    en: 'The CSV file is broken: the quote opened in row {row} is never closed.',
  },
  'report.table.missingColumns': {
    vi: 'Thiếu cột {columns} trong dòng tiêu đề.',
    en: 'The header row lacks the column(s) {columns}.',
  },
  'report.table.duplicateColumn': {
    vi: 'Cột "{column}" xuất hiện hai lần trong dòng tiêu đề.',
    en: 'The column "{column}" appears twice in the header row.',
  },
  'report.roster.empty': { vi: 'Danh sách cán bộ trống.', en: 'The staff roster is empty.' },
  'report.roster.fullNameRequired': { vi: 'Thiếu họ và tên.', en: 'The full name is missing.' },
  'report.roster.unitRequired': { vi: 'Thiếu đơn vị.', en: 'The unit is missing.' },
  'report.roster.badLeader': {
    vi: 'Cột "Lãnh đạo" có giá trị "{value}"; hãy ghi x, 1, có hoặc để trống.',
    en: 'The "Leader" column holds "{value}"; write x, 1, yes or leave it empty.',
  },
  'report.roster.duplicatePerson': {
    vi: 'Trùng với người ở dòng {first}.',
    en: 'Same person as in row {first}.',
  },
  'report.receipts.notJson': {
    vi: 'Không đọc được tệp "{name}": nội dung không đúng định dạng JSON.',
    en: 'Cannot read "{name}": its content is not valid JSON.',
  },
  'report.receipts.wrongKind': {
    vi: 'Tệp "{name}" không phải là tệp biên nhận của Hội thi CCHC.',
    en: '"{name}" is not a receipt file of the CCHC contest.',
  },
  'report.receipts.unsupportedVersion': {
    vi: 'Tệp "{name}" có phiên bản {version}; trang quản trị này chỉ đọc được phiên bản 1.',
    en: '"{name}" is version {version}; this admin page only reads version 1.',
  },
  'report.receipts.badEnvelope': {
    vi: 'Tệp "{name}" không hợp lệ: trường "{field}".',
    en: '"{name}" is invalid: the field "{field}".',
  },
  'report.receipts.empty': { vi: 'Tệp "{name}" không có biên nhận nào.', en: '"{name}" holds no receipts.' },
  'report.receipt.invalidField': {
    vi: 'Biên nhận không hợp lệ: trường "{field}".',
    en: 'Invalid receipt: the field "{field}".',
  },
  'report.receipt.notJsonLine': {
    vi: 'Dòng này không phải một biên nhận JSON.',
    en: 'This line is not a JSON receipt.',
  },
  'report.receipt.unknownField': {
    vi: 'Biên nhận có trường lạ "{field}".',
    en: 'The receipt has an unknown field "{field}".',
  },
  'report.digestNote': {
    vi: 'Mã kiểm tra chỉ phát hiện dữ liệu bị hỏng hoặc bị sửa tay, không chứng minh được biên nhận là thật.',
    en: 'The digest only detects damaged or hand-edited data; it does not prove a receipt is genuine.',
  },
  'report.flag.second-attempt': { vi: 'Thi nhiều lần trong một đợt', en: 'More than one attempt in a round' },
  'report.flag.account-mismatch': { vi: 'Tài khoản trên trang thi không khớp', en: 'Portal account does not match' },
  'report.flag.unconfirmed': { vi: 'Chưa thấy xác nhận nộp bài', en: 'Submission not confirmed' },
  'report.flag.digest-mismatch': { vi: 'Sai mã kiểm tra (dữ liệu bị hỏng)', en: 'Digest mismatch (damaged data)' },
  'report.flag.outside-round': { vi: 'Thi ngoài các đợt', en: 'Taken outside the rounds' },
  'report.flag.other-contest': { vi: 'Biên nhận của hội thi khác', en: 'Receipt of another contest' },
  'report.flag.unmatched': { vi: 'Không có trong danh sách cán bộ', en: 'Not on the staff roster' },
  // §5: the report's flag for a round declared taken on another device; its evidence is the declared time.
  'report.flag.declared': { vi: 'tự khai', en: 'declared' },
  'report.csv.declaredAt': { vi: 'Thời điểm tự khai', en: 'Declared time' },
  'report.declaredTitle': { vi: 'Danh sách tự khai (thi trên thiết bị khác, cần đối chiếu với danh sách của trang thi)', en: 'Declared rounds (taken on another device; check against the portal\'s list)' },
  'report.roundName': { vi: 'Đợt {number}', en: 'Round {number}' },
  'report.csv.byUnitTitle': { vi: 'Tham gia theo đợt và đơn vị', en: 'Participation by round and unit' },
  'report.csv.round': { vi: 'Đợt', en: 'Round' },
  'report.csv.unit': { vi: 'Đơn vị', en: 'Unit' },
  'report.csv.staff': { vi: 'Số cán bộ', en: 'Staff' },
  'report.csv.participants': { vi: 'Số người đã thi', en: 'Participants' },
  'report.csv.rate': { vi: 'Tỷ lệ', en: 'Rate' },
  'report.csv.missing': { vi: 'Người chưa thi', en: 'Not taken' },
  'report.csv.total': { vi: 'Tổng cộng', en: 'Total' },
  'report.csv.leadersTitle': { vi: 'Lãnh đạo phòng/đơn vị', en: 'Unit leaders' },
  'report.csv.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'report.csv.position': { vi: 'Chức vụ', en: 'Position' },
  'report.csv.roundsTaken': { vi: 'Số đợt đã thi (trên {total} đợt)', en: 'Rounds taken (of {total})' },
  'report.csv.roundList': { vi: 'Các đợt đã thi', en: 'Which rounds' },
  'report.csv.flagsTitle': { vi: 'Cần kiểm tra', en: 'To check' },
  'report.csv.flag': { vi: 'Vấn đề', en: 'Issue' },
  'report.csv.receiptIds': { vi: 'Mã biên nhận', en: 'Receipt IDs' },
  'report.xlsx.unreadable': {
    vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.',
    en: 'Cannot read the Excel file: it is damaged or not in .xlsx format.',
  },
  'report.xlsx.sheetByUnit': { vi: 'Theo đơn vị', en: 'By unit' },
  'report.xlsx.sheetLeaders': { vi: 'Lãnh đạo', en: 'Leaders' },
  'report.xlsx.sheetFlags': { vi: 'Cần kiểm tra', en: 'To check' },
} satisfies Catalog;

export type ReportMessageKey = keyof typeof report;
