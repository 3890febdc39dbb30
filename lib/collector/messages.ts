// What the collector answers to a bad request, in Vietnamese first (the extension shows the
// server's message to the person, PRODUCT.md 4.3) with the English after it for logs and tools.

/** Request bodies above this are refused with 413 (PRODUCT.md 4.3 server side). */
export const MAX_BODY_BYTES = 64 * 1024;
/** The most receipts one GET /receipts page holds (PRODUCT.md 4.9). */
export const MAX_PAGE = 5000;

export const MESSAGES = {
  unsupportedType: 'Content-Type phải là application/json (Content-Type must be application/json)',
  missingKey: 'Thiếu tiêu đề Idempotency-Key (Missing Idempotency-Key header)',
  tooLarge: `Biên nhận quá lớn, tối đa ${MAX_BODY_BYTES / 1024} KB (Request body exceeds ${MAX_BODY_BYTES / 1024} KB)`,
  badUtf8: 'Nội dung không phải UTF-8 hợp lệ (Body is not valid UTF-8)',
  badJson: 'Nội dung không phải JSON hợp lệ (Body is not valid JSON)',
  keyMismatch: 'Idempotency-Key phải trùng với receiptId của biên nhận (Idempotency-Key must equal receiptId)',
  storeFailed: 'Máy chủ không ghi được biên nhận (Could not store the receipt)',
  notFound: 'Không tìm thấy (Not found)',
  methodNotAllowed: 'Chỉ nhận GET, POST và OPTIONS (Only GET, POST and OPTIONS are allowed)',
  unauthorized: 'Mã truy cập sai hoặc thiếu (Missing or wrong access token)',
  badAfter: 'Tham số "after" phải là con trỏ máy chủ đã trả về, một số nguyên ≥ 0 (after must be a cursor the server returned)',
  badLimit: `Tham số "limit" phải là số nguyên từ 1 đến ${MAX_PAGE} (limit must be a whole number from 1 to ${MAX_PAGE})`,
  shuttingDown: 'Máy chủ đang dừng, hãy gửi lại sau (The server is shutting down)',
} as const;

// Invalid receipts: only issue fields are read, so this works with zod and zod/mini alike.

export interface Issue {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  values?: unknown;
  keys?: unknown;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'mảng',
  null: 'null',
};

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of at) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The issue in Vietnamese and in English; built from the issue's code, since zod/mini says only "Invalid input". */
function describeIssue(issue: Issue, input: unknown): { vi: string; en: string } {
  const at = issue.path ?? [];
  const own = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (at.length > 0 && valueAt(input, at) === undefined) return { vi: 'bắt buộc nhưng bị thiếu', en: 'required' };
      const expected = String(issue.expected);
      return { vi: `phải là ${TYPE_WORDS[expected] ?? expected}`, en: `expected ${expected}` };
    }
    case 'too_small':
      return issue.origin === 'string'
        ? { vi: 'quá ngắn hoặc rỗng', en: 'too short or empty' }
        : { vi: `phải ≥ ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { vi: 'quá dài', en: 'too long' }
        : { vi: `phải ≤ ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_format': {
      const format = issue.format ? ` (${String(issue.format)})` : '';
      return { vi: `sai định dạng${format}`, en: `invalid format${format}` };
    }
    case 'invalid_value': {
      if (!Array.isArray(issue.values)) return { vi: 'giá trị không được phép', en: 'value not allowed' };
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { vi: `phải là một trong: ${list}`, en: "not an allowed value" };
    }
    case 'unrecognized_keys':
      return { vi: 'không có trong biên nhận phiên bản 1', en: 'not a field of a version 1 receipt' };
    default:
      return { vi: 'không hợp lệ', en: own ?? 'invalid' };
  }
}

function fieldName(at: readonly PropertyKey[]): string {
  return at.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The first issue, e.g. `Biên nhận không hợp lệ: trường "participant.unit" — quá ngắn hoặc rỗng (too short or empty)`. */
export function describeInvalidReceipt(issues: readonly Issue[], input: unknown): string {
  const issue = issues[0];
  if (!issue) return 'Biên nhận không hợp lệ';
  let at = issue.path ?? [];
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) && issue.keys.length > 0) {
    at = [...at, String(issue.keys[0])];
  }
  const { vi, en } = describeIssue(issue, input);
  const what = `${vi} (${en})`;
  if (at.length === 0) return `Biên nhận không hợp lệ: ${what}`;
  return `Biên nhận không hợp lệ: trường "${fieldName(at)}" — ${what}`;
}

