import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractAccount } from './extract';

const account = (body: string) =>
  extractAccount(new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document);

describe('extractAccount', () => {
  it('should cut the name from a greeting with a glued logout link', () => {
    expect(account('<div>Xin chào, <b>Nguyễn Văn A</b><a href="/dang-xuat">Đăng xuất</a></div>')).toBe('Nguyễn Văn A');
  });

  it('should cut the name when the logout word is plain glued text', () => {
    expect(account('<span>Xin chào, Nguyễn Văn AĐăng xuất</span>')).toBe('Nguyễn Văn A');
    expect(account('<span>Xin chào: Lê Hoàng C | Đăng xuất</span>')).toBe('Lê Hoàng C');
  });

  it('should find the name in the element after a label', () => {
    expect(account('<div><small>Thí sinh:</small> <strong>Nguyễn Văn A</strong></div>')).toBe('Nguyễn Văn A');
    expect(account('<div><p>Xin chào!</p><p>Trần Thị B</p></div>')).toBe('Trần Thị B');
  });

  it('should return the name in NFC, trimmed, keeping its own tone-mark placement and case', () => {
    const nfd = 'Phạm Thị Thuỷ D'.normalize('NFD');
    expect(account(`<span>THÍ SINH:&nbsp; ${nfd}  </span>`)).toBe('Phạm Thị Thuỷ D');
  });

  it('should return an account id shown instead of a name', () => {
    expect(account('<div>Xin chào, nguyenvana</div>')).toBe('nguyenvana');
  });

  it('should return undefined when no one is greeted or the greeting is hidden', () => {
    expect(account('<a href="/sso/login">Đăng nhập</a>')).toBeUndefined();
    expect(account('<div hidden>Xin chào, Nguyễn Văn A</div>')).toBeUndefined();
    expect(account('<div>Xin chào,</div>')).toBeUndefined();
  });
});
