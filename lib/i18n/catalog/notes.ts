import type { Catalog } from './types';

const INVALID_VI = 'Tệp ghi chú không hợp lệ: trường "{field}"';
const INVALID_EN = 'Invalid notes file: the field "{field}"';

/** Messages of lib/notes: why a notes pack file was refused (notes.error.*). */
export const notes = {
  'notes.error.tooLarge': {
    vi: 'Tệp ghi chú quá lớn ({size} KB), tối đa là 2 MB. Có thể bạn đã chọn nhầm tệp.',
    en: 'The notes file is too large ({size} KB); the limit is 2 MB. You may have picked the wrong file.',
  },
  'notes.error.notJson': {
    vi: 'Không đọc được tệp ghi chú: nội dung không đúng định dạng JSON.',
    en: 'Cannot read the notes file: its content is not valid JSON.',
  },
  'notes.error.notJsonAt': {
    vi: 'Không đọc được tệp ghi chú: nội dung không đúng định dạng JSON (lỗi ở dòng {line}, cột {column}).',
    en: 'Cannot read the notes file: its content is not valid JSON (error at line {line}, column {column}).',
  },
  'notes.error.notObject': {
    vi: 'Không đọc được tệp ghi chú: nội dung phải là một nhóm trường đặt trong dấu ngoặc nhọn { … }.',
    en: 'Cannot read the notes file: its content must be a JSON object { … }.',
  },
  'notes.error.wrongKind': {
    vi: 'Đây không phải là tệp ghi chú ôn thi (trường "kind" phải là "hoithi.notes").',
    en: 'This is not a study-notes file (the field "kind" must be "hoithi.notes").',
  },
  'notes.error.unsupportedVersion': {
    vi: 'Tệp ghi chú có phiên bản {version}, nhưng tiện ích này chỉ đọc được phiên bản 1. Hãy cập nhật tiện ích hoặc xin lại tệp đúng phiên bản.',
    en: 'The notes file is version {version}, but this extension only reads version 1. Update the extension or ask for a file of the right version.',
  },
  'notes.error.missing': {
    vi: 'Tệp ghi chú không hợp lệ: thiếu trường "{field}".',
    en: 'Invalid notes file: the field "{field}" is missing.',
  },
  'notes.error.unknownField': {
    vi: `${INVALID_VI} không được hỗ trợ — có thể tên trường bị gõ sai.`,
    en: `${INVALID_EN} is not supported — its name may be misspelt.`,
  },
  'notes.error.notText': {
    vi: `${INVALID_VI} — phải là một đoạn chữ đặt trong dấu ngoặc kép "…".`,
    en: `${INVALID_EN} must be text in double quotes "…".`,
  },
  'notes.error.notList': {
    vi: `${INVALID_VI} — phải là một danh sách đặt trong dấu ngoặc vuông [ … ].`,
    en: `${INVALID_EN} must be a list in square brackets [ … ].`,
  },
  'notes.error.notGroup': {
    vi: `${INVALID_VI} — phải là một nhóm trường đặt trong dấu ngoặc nhọn { … }.`,
    en: `${INVALID_EN} must be an object in curly braces { … }.`,
  },
  'notes.error.empty': { vi: `${INVALID_VI} — không được để trống.`, en: `${INVALID_EN} must not be empty.` },
  'notes.error.emptyList': {
    vi: `${INVALID_VI} — danh sách phải có ít nhất một mục.`,
    en: `${INVALID_EN} must list at least one item.`,
  },
  'notes.error.tooLong': {
    vi: `${INVALID_VI} — quá dài (tối đa {max} ký tự).`,
    en: `${INVALID_EN} is too long ({max} characters at most).`,
  },
  'notes.error.noSource': {
    vi: `${INVALID_VI} — mỗi ghi chú phải ghi rõ nguồn (số, ngày văn bản hoặc trang đã đọc) để người học kiểm tra được.`,
    en: `${INVALID_EN} — every note must name its source (document number and date, or the page it was read from) so that readers can check it.`,
  },
  'notes.error.badPackVersion': {
    vi: `${INVALID_VI} — "{value}" không đúng dạng năm.số thứ tự (ví dụ 2026.1).`,
    en: `${INVALID_EN} — "{value}" is not of the form year.number (e.g. 2026.1).`,
  },
  'notes.error.wrongLanguage': {
    vi: `${INVALID_VI} — ngôn ngữ "{value}" chưa được hỗ trợ; hiện chỉ nhận "vi".`,
    en: `${INVALID_EN} — the language "{value}" is not supported; only "vi" is accepted.`,
  },
  'notes.error.unknownTopic': {
    vi: `${INVALID_VI} — chủ đề "{value}" không có trong danh sách "topics".`,
    en: `${INVALID_EN} — the topic "{value}" is not declared in "topics".`,
  },
  'notes.error.duplicateId': {
    vi: `${INVALID_VI} — mã "{value}" bị trùng; mỗi mã chỉ được dùng một lần.`,
    en: `${INVALID_EN} — the id "{value}" is used twice; every id must be unique.`,
  },
  'notes.error.invalid': { vi: `${INVALID_VI} — giá trị không hợp lệ.`, en: `${INVALID_EN} has an invalid value.` },
} satisfies Catalog;
