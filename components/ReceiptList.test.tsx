// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupT } from '@/lib/i18n/contexts';
import type { ReceiptsView } from '@/lib/receipts/status';
import { ReceiptList } from './ReceiptList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const t = createPopupT('vi');
const failed: ReceiptsView = {
  recent: [{ receiptId: 'r1', round: 2, submittedAt: '2022-08-09T09:21:40+07:00', declared: false, state: 'queued', attempts: 2, lastError: { kind: 'network', status: null, message: 'Failed to fetch' } }],
  counts: { queued: 1, sending: 0, delivered: 0, rejected: 0 },
};
const https = { url: 'https://so.example.gov.vn/r', origin: 'https://so.example.gov.vn', canRequestPermission: true, hasPermission: false };

function render(receipts: ReceiptsView, endpoint: typeof https | null) {
  const host = document.createElement('div');
  document.body.append(host);
  const onRetry = vi.fn();
  const onGrant = vi.fn();
  act(() => createRoot(host).render(<ReceiptList t={t} receipts={receipts} endpoint={endpoint} onRetry={onRetry} onGrant={onGrant} />));
  return { host, onRetry, onGrant };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ReceiptList', () => {
  it('should mark a declared receipt "tự khai"', () => {
    const declared = { ...failed, recent: [{ ...failed.recent[0]!, submittedAt: '2022-08-09T07:45:00+07:00', declared: true }] };
    expect(render(declared, https).host.textContent).toContain('Đợt 2 · nộp lúc 09/08/2022 07:45 · tự khai');
    expect(render(failed, https).host.textContent).not.toContain('tự khai');
  });

  it('should show the state words, the tries and the last error, and offer "Gửi lại ngay"', () => {
    const { host, onRetry } = render(failed, https);
    expect(host.textContent).toContain('Đợt 2 · nộp lúc 09/08/2022 09:21');
    expect(host.textContent).toContain('Đang chờ gửi');
    expect(host.textContent).toContain('2 lần gửi · Lỗi gần nhất: không kết nối được tới máy chủ');
    const retry = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Gửi lại ngay')!;
    act(() => retry.click());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should offer the host permission when sending to an https endpoint fails without it (CORS)', () => {
    const { host, onGrant } = render(failed, https);
    expect(host.textContent).toContain('chặn yêu cầu từ tiện ích (CORS)');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Cho phép gửi tới'))!.click());
    expect(onGrant).toHaveBeenCalledWith('https://so.example.gov.vn');
  });

  it('should not offer it once granted, nor for a local http endpoint, and say when there is no endpoint', () => {
    expect(render(failed, { ...https, hasPermission: true }).host.textContent).not.toContain('CORS');
    expect(render(failed, { ...https, url: 'http://127.0.0.1:8787/r', origin: 'http://127.0.0.1:8787', canRequestPermission: false }).host.textContent).not.toContain('CORS');
    expect(render(failed, null).host.textContent).toContain('Chưa cấu hình địa chỉ nhận biên nhận');
  });
});
