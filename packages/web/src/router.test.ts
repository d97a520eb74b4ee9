import { describe, expect, it } from 'vitest';
import { createAppRouter, hashRoutePath } from './router';

describe('old hash addresses', () => {
  it('stand for their path; other addresses are left alone', () => {
    expect(hashRoutePath({ pathname: '/', hash: '#/t/acmeusw/users' })).toBe('/t/acmeusw/users');
    expect(hashRoutePath({ pathname: '/', hash: '#/t/acmeusw/log?action=Create' })).toBe(
      '/t/acmeusw/log?action=Create',
    );
    expect(hashRoutePath({ pathname: '/t/acmeusw', hash: '#/x' })).toBeNull();
    expect(hashRoutePath({ pathname: '/', hash: '#top' })).toBeNull();
    expect(hashRoutePath({ pathname: '/', hash: '' })).toBeNull();
  });

  it('/#/t/acmeusw/users opens acmeusw users, not the first tenant', () => {
    window.history.replaceState(null, '', '/#/t/acmeusw/users');
    const router = createAppRouter();
    expect(window.location.pathname).toBe('/t/acmeusw/users');
    expect(window.location.hash).toBe('');
    const route = router.resolve(window.location.pathname);
    expect(route.name).toBe('users');
    expect(route.params.tenant).toBe('acmeusw');
  });
});
