import type { Catalog } from './types';

// A managed policy's error reuses these messages with the file's words swapped for its own (lib/config/managed.ts).
const FILE_INVALID = { vi: 'Tệp cấu hình không hợp lệ', en: 'Invalid configuration file' };
const INVALID_VI = `${FILE_INVALID.vi}: trường "{field}"`;
const INVALID_EN = `${FILE_INVALID.en}: the field "{field}"`;

/** Messages of lib/config: errors of the config file (config.error.*) and of the profile form (config.profile.*). */
export const config = {
  'config.error.tooLarge': {
    vi: 'Tệp cấu hình quá lớn ({size} KB), tối đa là 1 MB. Có thể bạn đã chọn nhầm tệp.',
    en: 'The configuration file is too large ({size} KB); the limit is 1 MB. You may have picked the wrong file.',
  },
  'config.error.notJson': {
    vi: 'Không đọc được tệp cấu hình: nội dung không đúng định dạng JSON.',
    en: 'Cannot read the configuration file: its content is not valid JSON.',
  },
  'config.error.notJsonAt': {
    vi: 'Không đọc được tệp cấu hình: nội dung không đúng định dạng JSON (lỗi ở dòng {line}, cột {column}).',
    en: 'Cannot read the configuration file: its content is not valid JSON (error at line {line}, column {column}).',
  },
  'config.error.notObject': {
    vi: 'Không đọc được tệp cấu hình: nội dung phải là một nhóm trường đặt trong dấu ngoặc nhọn { … }.',
    en: 'Cannot read the configuration file: its content must be a JSON object { … }.',
  },
  'config.error.wrongKind': {
    vi: 'Đây không phải là tệp cấu hình của Hội thi CCHC (trường "kind" phải là "hoithi.config").',
    en: 'This is not a configuration file of the CCHC contest (the field "kind" must be "hoithi.config").',
  },
  'config.error.unsupportedVersion': {
    vi: 'Tệp cấu hình có phiên bản {version}, nhưng tiện ích này chỉ đọc được phiên bản 1. Hãy cập nhật tiện ích hoặc xin lại tệp đúng phiên bản.',
    en: 'The configuration file is version {version}, but this extension only reads version 1. Update the extension or ask for a file of the right version.',
  },
  'config.error.missing': {
    vi: 'Tệp cấu hình không hợp lệ: thiếu trường "{field}".',
    en: 'Invalid configuration file: the field "{field}" is missing.',
  },
  'config.error.unknownField': {
    vi: `${INVALID_VI} không được hỗ trợ — có thể tên trường bị gõ sai.`,
    en: `${INVALID_EN} is not supported — its name may be misspelt.`,
  },
  'config.error.notText': {
    vi: `${INVALID_VI} — phải là một đoạn chữ đặt trong dấu ngoặc kép "…".`,
    en: `${INVALID_EN} must be text in double quotes "…".`,
  },
  'config.error.notNumber': { vi: `${INVALID_VI} — phải là một số.`, en: `${INVALID_EN} must be a number.` },
  'config.error.notNumberOrNull': {
    vi: `${INVALID_VI} — phải là một số, hoặc null nếu không giới hạn.`,
    en: `${INVALID_EN} must be a number, or null for no limit.`,
  },
  'config.error.notList': {
    vi: `${INVALID_VI} — phải là một danh sách đặt trong dấu ngoặc vuông [ … ].`,
    en: `${INVALID_EN} must be a list in square brackets [ … ].`,
  },
  'config.error.notGroup': {
    vi: `${INVALID_VI} — phải là một nhóm trường đặt trong dấu ngoặc nhọn { … }.`,
    en: `${INVALID_EN} must be an object in curly braces { … }.`,
  },
  'config.error.notGroupOrNull': {
    vi: `${INVALID_VI} — phải là một nhóm trường { … }, hoặc null nếu không gửi báo cáo đi đâu.`,
    en: `${INVALID_EN} must be an object { … }, or null when receipts are not sent anywhere.`,
  },
  'config.error.empty': { vi: `${INVALID_VI} — không được để trống.`, en: `${INVALID_EN} must not be empty.` },
  'config.error.noRounds': {
    vi: `${INVALID_VI} — phải có ít nhất một đợt thi.`,
    en: `${INVALID_EN} must list at least one round.`,
  },
  'config.error.notPositiveInt': {
    vi: `${INVALID_VI} — phải là số nguyên dương (1, 2, 3, …).`,
    en: `${INVALID_EN} must be a whole number of 1 or more.`,
  },
  'config.error.notPositive': {
    vi: `${INVALID_VI} — phải là một số lớn hơn 0.`,
    en: `${INVALID_EN} must be a number greater than 0.`,
  },
  'config.error.notADate': {
    vi: `${INVALID_VI} — "{value}" không phải là một ngày có thật (viết theo dạng năm-tháng-ngày, ví dụ 2022-08-01).`,
    en: `${INVALID_EN} — "{value}" is not a real date (write it as year-month-day, e.g. 2022-08-01).`,
  },
  'config.error.closesBeforeOpens': {
    vi: `${INVALID_VI} — Đợt {round} kết thúc ({closes}) trước ngày bắt đầu ({opens}).`,
    en: `${INVALID_EN} — round {round} closes ({closes}) before it opens ({opens}).`,
  },
  'config.error.duplicateRound': {
    vi: `${INVALID_VI} — có hai đợt cùng mang số {number}.`,
    en: `${INVALID_EN} — two rounds have the number {number}.`,
  },
  'config.error.roundsOverlap': {
    vi: `${INVALID_VI} — Đợt {first} và Đợt {second} trùng ngày nhau.`,
    en: `${INVALID_EN} — round {first} and round {second} overlap.`,
  },
  'config.error.roundsOutOfOrder': {
    vi: `${INVALID_VI} — Đợt {second} lại diễn ra trước Đợt {first}; số đợt phải tăng dần theo thời gian.`,
    en: `${INVALID_EN} — round {second} takes place before round {first}; round numbers must follow the calendar.`,
  },
  'config.error.unknownTimeZone': {
    vi: `${INVALID_VI} — "{value}" không phải là múi giờ đã biết (ví dụ đúng: Asia/Ho_Chi_Minh).`,
    en: `${INVALID_EN} — "{value}" is not a known time zone (for example: Asia/Ho_Chi_Minh).`,
  },
  'config.error.notUrl': {
    vi: `${INVALID_VI} — "{value}" không phải là một địa chỉ web hợp lệ.`,
    en: `${INVALID_EN} — "{value}" is not a valid web address.`,
  },
  'config.error.endpointNotHttps': {
    vi: `${INVALID_VI} — địa chỉ nhận báo cáo phải bắt đầu bằng https:// (chỉ dùng http:// với localhost hoặc 127.0.0.1 khi thử nghiệm).`,
    en: `${INVALID_EN} — the receiving address must start with https:// (http:// only for localhost or 127.0.0.1 when testing).`,
  },
  'config.error.portalOrigin': {
    vi: `${INVALID_VI} — "{value}" không phải là địa chỉ trang Hội thi hợp lệ: chỉ gồm https://, tên máy và cổng nếu có, không có đường dẫn (ví dụ đúng: https://hoithi.example.gov.vn).`,
    en: `${INVALID_EN} — "{value}" is not a valid contest site address: https://, the host and an optional port only, no path (for example: https://hoithi.example.gov.vn).`,
  },
  'config.error.tooManyOrigins': {
    vi: `${INVALID_VI} — có quá nhiều địa chỉ trang Hội thi (tối đa {max}).`,
    en: `${INVALID_EN} lists too many contest site addresses ({max} at most).`,
  },
  'config.error.notBoolean': {
    vi: `${INVALID_VI} — phải là true hoặc false.`,
    en: `${INVALID_EN} must be true or false.`,
  },
  'config.error.notHour': {
    vi: `${INVALID_VI} — phải là một giờ trong ngày, số nguyên từ 0 đến 23.`,
    en: `${INVALID_EN} must be an hour of the day, a whole number from 0 to 23.`,
  },
  'config.file.invalid': FILE_INVALID,
  'config.managed.invalid': { vi: 'Cấu hình do đơn vị quản lý không hợp lệ', en: 'The configuration set by your organisation is invalid' },
  'config.error.invalid': { vi: `${INVALID_VI} — giá trị không hợp lệ.`, en: `${INVALID_EN} has an invalid value.` },
  'config.profile.fullNameRequired': { vi: 'Vui lòng nhập Họ và tên.', en: 'Please enter your full name.' },
  'config.profile.unitRequired': { vi: 'Vui lòng chọn Đơn vị.', en: 'Please choose your unit.' },
  'config.profile.tooLong': { vi: 'Nội dung quá dài (tối đa 200 ký tự).', en: 'Too long (200 characters at most).' },
  'config.profile.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
} satisfies Catalog;
