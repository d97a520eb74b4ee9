import { describe, expect, it } from 'vitest';
import { countOf } from './format';

describe('countOf', () => {
  it('puts the noun in the right number', () => {
    expect(countOf(0, 'match', 'matches')).toBe('0 matches');
    expect(countOf(1, 'match', 'matches')).toBe('1 match');
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(12345, 'event')).toBe('12,345 events');
  });
});
