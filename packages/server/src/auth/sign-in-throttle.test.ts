import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.js';

describe('SignInThrottle', () => {
  const make = () => {
    let t = 1_000_000;
    const th = new SignInThrottle({ maxFailures: 3, lockMs: 60_000, maxFailuresPerAddress: 5, now: () => t });
    return { th, tick: (ms: number) => (t += ms) };
  };

  it('locks a userName and address after the failures, until the lock is over', () => {
    const { th, tick } = make();
    th.failed('Ann', '1.2.3.4');
    th.failed('ann', '1.2.3.4');
    expect(th.retryAfter('ann', '1.2.3.4')).toBe(0);
    th.failed('ANN', '1.2.3.4');
    expect(th.retryAfter('ann', '1.2.3.4')).toBe(60_000);
    expect(th.retryAfter('ann', '5.6.7.8')).toBe(0);
    expect(th.retryAfter('bob', '1.2.3.4')).toBe(0);
    tick(60_001);
    expect(th.retryAfter('ann', '1.2.3.4')).toBe(0);
  });

  it('forgets failures after a success', () => {
    const { th } = make();
    th.failed('ann', 'x');
    th.failed('ann', 'x');
    th.succeeded('ann', 'x');
    th.failed('ann', 'x');
    expect(th.retryAfter('ann', 'x')).toBe(0);
  });

  it('caps one address across userNames', () => {
    const { th } = make();
    for (const u of ['a', 'b', 'c', 'd', 'e']) th.failed(u, '9.9.9.9');
    expect(th.retryAfter('f', '9.9.9.9')).toBe(60_000);
  });
});
