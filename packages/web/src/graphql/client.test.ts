import { describe, expect, it } from 'vitest';
import { readCookie } from './client';

describe('readCookie', () => {
  it('finds the CSRF cookie among others', () => {
    expect(readCookie('scimdesk_csrf', 'a=1; scimdesk_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('scimdesk_csrf', 'a=1')).toBeUndefined();
    expect(readCookie('scimdesk_csrf', '')).toBeUndefined();
  });
});
