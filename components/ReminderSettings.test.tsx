// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createT } from '@/lib/i18n';
import { ReminderSettings } from './ReminderSettings';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

describe('ReminderSettings', () => {
  let host: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('should save the checkbox and the hour with its own, distinctly named "Lưu" button', async () => {
    const onSave = vi.fn(async () => undefined);
    act(() => root.render(<ReminderSettings t={createT('vi')} settings={{ enabled: true, hour: 8 }} timeZone="Asia/Ho_Chi_Minh" onSave={onSave} />));
    const checkbox = host.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(checkbox.closest('label')?.textContent).toBe('Nhắc tôi khi đợt thi mở và vào ngày cuối của đợt');
    const select = host.querySelector('select')!;
    expect(select.labels[0]?.textContent).toBe('Giờ nhắc');
    expect(select.options).toHaveLength(24);
    expect(select.selectedOptions[0]?.textContent).toBe('08:00');
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Lưu');
    expect(button.getAttribute('aria-label')).toBe('Lưu cài đặt nhắc');

    act(() => checkbox.click());
    act(() => {
      // React tracks the value it last set; go through the native setter so onChange sees the change.
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, '17');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button.click());
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ enabled: false, hour: 17 });
    expect(host.querySelector('[role=status]')?.textContent).toBe('Đã lưu cài đặt nhắc.');
  });

  it('should say when saving failed', async () => {
    const onSave = vi.fn(async () => Promise.reject(new Error('quota')));
    act(() => root.render(<ReminderSettings t={createT('vi')} settings={{ enabled: true, hour: 8 }} timeZone="Asia/Ho_Chi_Minh" onSave={onSave} />));
    await act(async () => host.querySelector('button')!.click());
    expect(host.querySelector('[role=status]')?.textContent).toBe('Chưa lưu được: Error: quota');
  });
});
