import { describe, expect, it } from 'vitest';
import { getRequestableOrigin } from './endpoint';

describe('getRequestableOrigin', () => {
  it('should give the origin of an https endpoint, and nothing for local http or no endpoint', () => {
    expect(getRequestableOrigin('https://so-khcn.example.gov.vn/hoithi/receipts')).toBe('https://so-khcn.example.gov.vn');
    expect(getRequestableOrigin('http://127.0.0.1:8787/receipts')).toBeUndefined();
    expect(getRequestableOrigin(null)).toBeUndefined();
  });
});
