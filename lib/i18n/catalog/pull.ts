import type { Catalog } from './types';

/** The admin page's "Lấy từ máy chủ": pulling receipts from the department collector (PRODUCT.md 4.9). */
export const pull = {
  'admin.pull.title': { vi: 'Lấy từ máy chủ', en: 'Pull from the server' },
  'admin.pull.hint': {
    vi: 'Máy chủ thu biên nhận của đơn vị (npm run collector). Mã truy cập nằm trong tệp read-token của máy chủ. Mỗi lần lấy chỉ tải những biên nhận mới.',
    en: "The department's receipt collector (npm run collector). The access token is in the server's read-token file. Each pull fetches only new receipts.",
  },
  'admin.pull.address': { vi: 'Địa chỉ máy chủ', en: 'Server address' },
  'admin.pull.token': { vi: 'Mã truy cập', en: 'Access token' },
  'admin.pull.button': { vi: 'Lấy từ máy chủ', en: 'Pull from the server' },
  'admin.pull.working': { vi: 'Đang lấy biên nhận từ máy chủ…', en: 'Pulling receipts from the server…' },
  'admin.pull.tokenRequired': { vi: 'Hãy nhập mã truy cập.', en: 'Enter the access token.' },
  'admin.pull.badAddress': {
    vi: 'Địa chỉ máy chủ không hợp lệ: hãy nhập dạng https://tên-máy-chủ (http chỉ dùng cho localhost hoặc 127.0.0.1). Không có gì thay đổi.',
    en: 'Invalid server address: use https://server-name (http only for localhost or 127.0.0.1). Nothing changed.',
  },
  'admin.pull.unauthorized': {
    vi: 'Máy chủ {address} từ chối mã truy cập: hãy kiểm tra lại mã trong tệp read-token. Không có gì thay đổi.',
    en: 'The server {address} refused the access token: check it against the read-token file. Nothing changed.',
  },
  'admin.pull.unreachable': {
    vi: 'Không kết nối được máy chủ {address}: kiểm tra địa chỉ, mạng và máy chủ có đang chạy không. Không có gì thay đổi.',
    en: 'Cannot reach the server {address}: check the address, the network and that the server runs. Nothing changed.',
  },
  'admin.pull.httpError': {
    vi: 'Máy chủ {address} trả lời lỗi {status}. Không có gì thay đổi.',
    en: 'The server {address} answered with error {status}. Nothing changed.',
  },
  'admin.pull.notPage': {
    vi: 'Máy chủ {address} trả lời không phải một trang biên nhận (hoithi.receipts phiên bản 1; sai ở "{field}"). Không có gì thay đổi.',
    en: 'The server {address} did not answer with a receipt page (hoithi.receipts version 1; wrong at "{field}"). Nothing changed.',
  },
} satisfies Catalog;
