import { describe, expect, it } from 'vitest';
import {
  countsText,
  formatDuration,
  formatEta,
  formatRate,
  heldText,
  percentDone,
  scheduleText,
  sourceText,
} from './appFormat';

const zero = { created: 0, updated: 0, disabled: 0, deleted: 0, skipped: 0, failed: 0, held: 0 };

describe('appFormat', () => {
  it('says durations, rates and what is left as people do', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(4886)).toBe('4.9 s');
    expect(formatDuration(3000)).toBe('3 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(40 * 60_000)).toBe('40 min');
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
    expect(formatDuration(null)).toBe('—');
    expect(formatEta(12)).toBe('about 12 s left');
    expect(formatEta(0)).toBe('less than a second left');
    expect(formatEta(null)).toBeNull();
    expect(formatRate(312.4)).toBe('312 objects/s');
    expect(formatRate(0.42)).toBe('0.4 objects/s');
    expect(formatRate(null)).toBeNull();
  });

  it('floors the percentage and knows when the total is unknown', () => {
    expect(percentDone(999, 1000)).toBe(99);
    expect(percentDone(1000, 1000)).toBe(100);
    expect(percentDone(5, 0)).toBeNull();
  });

  it('lists only the counts that are not zero', () => {
    expect(countsText(zero)).toBe('no changes');
    expect(countsText({ ...zero, created: 2000, failed: 3, skipped: 1 })).toBe('2,000 created, 3 failed, 1 skipped');
  });

  it('says the schedule, the source and the held deletes', () => {
    expect(scheduleText({ intervalMinutes: 40, enabled: true, followChanges: false })).toBe('every 40 min');
    expect(scheduleText({ intervalMinutes: 120, enabled: true, followChanges: true })).toBe(
      'every 2 h, and on every source change',
    );
    expect(scheduleText({ intervalMinutes: 5, enabled: false, followChanges: false })).toBe('schedule off');
    expect(sourceText({ directory: 'tenant-acme', sourceTenant: 'acme' })).toBe('tenant acme');
    expect(sourceText({ directory: 'corp', sourceTenant: null })).toBe('directory corp');
    expect(heldText(1, 500)).toBe('1 delete held (threshold 500)');
  });
});
