import type { Catalog } from './types';

/** Receipts in the popup and the options page. PRODUCT.md §5 fixes the state words. */
export const receipts = {
  'receipts.title': { vi: 'Biên nhận tham gia', en: 'Participation receipts' },
  'receipts.listLabel': { vi: 'Các biên nhận', en: 'Receipts' },
  'receipts.state.queued': { vi: 'Đang chờ gửi', en: 'Waiting to send' },
  'receipts.state.sending': { vi: 'Đang gửi', en: 'Sending' },
  'receipts.state.delivered': { vi: 'Đã gửi', en: 'Sent' },
  'receipts.state.rejected': { vi: 'Bị từ chối', en: 'Rejected' },
  'receipts.declared': { vi: 'tự khai', en: 'declared' },
  'receipts.item': { vi: 'Đợt {round} · nộp lúc {time}', en: 'Round {round} · submitted {time}' },
  'receipts.itemOutside': { vi: 'Ngoài đợt thi · nộp lúc {time}', en: 'Outside the rounds · submitted {time}' },
  'receipts.attempts': { vi: '{n} lần gửi', en: '{n} tries' },
  'receipts.lastError': { vi: 'Lỗi gần nhất: {message}', en: 'Last error: {message}' },
  'receipts.error.timeout': { vi: 'máy chủ không trả lời trong 15 giây', en: 'no answer from the server in 15 s' },
  'receipts.error.network': { vi: 'không kết nối được tới máy chủ', en: 'could not reach the server' },
  'receipts.error.http': { vi: 'máy chủ báo lỗi {status}', en: 'the server answered {status}' },
  'receipts.retryNow': { vi: 'Gửi lại ngay', en: 'Send now' },
  'receipts.none': { vi: 'Chưa có biên nhận nào.', en: 'No receipts yet.' },
  'receipts.noEndpoint': {
    vi: 'Chưa cấu hình địa chỉ nhận biên nhận: biên nhận được lưu trên máy, hãy xuất tệp trong Cài đặt.',
    en: 'No receipt endpoint is configured: receipts are kept here; export them from Settings.',
  },
  'receipts.corsHint': {
    vi: 'Có thể máy chủ {origin} chặn yêu cầu từ tiện ích (CORS). Cho phép tiện ích gửi thẳng tới địa chỉ này?',
    en: 'The server {origin} may be blocking the extension (CORS). Allow the extension to send to it directly?',
  },
  'receipts.grant': { vi: 'Cho phép gửi tới {origin}', en: 'Allow sending to {origin}' },
  'receipts.digestNote': {
    vi: 'Mã kiểm tra SHA-256 của biên nhận giúp phát hiện tệp bị hỏng, không chống được giả mạo.',
    en: 'The receipt’s SHA-256 digest detects corruption, not forgery.',
  },
  'receipts.exportJson': { vi: 'Xuất biên nhận (JSON)', en: 'Export receipts (JSON)' },
  'receipts.exportCsv': { vi: 'Xuất biên nhận (CSV)', en: 'Export receipts (CSV)' },
  'receipts.exported': { vi: 'Đã xuất {count} biên nhận vào tệp {file}.', en: 'Exported {count} receipts to {file}.' },
  'receipts.exportFailed': { vi: 'Chưa xuất được: {message}', en: 'Export failed: {message}' },
} satisfies Catalog;
