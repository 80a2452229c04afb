import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@kaiji/kb/iso-date';
import { DATA_ENDS_ON, checkStartsOn, checkUntil, isIsoDay } from './timing.ts';

describe('a typed or linked date', () => {
  const cases = [
    '2027-04-01',
    '2024-02-29',
    '2023-02-29',
    '2021-02-30',
    '2030-13-01',
    '2030-00-10',
    '2030-04-31',
    '2030-4-1',
    '20300401',
    ' 2030-03-31',
    '2030-03-31T00:00:00Z',
    '0000-01-01',
    '9999-12-31',
    '',
    'x',
  ];
  it.each(cases)('%j is a day exactly when the data rule (kb isIsoDate) says so', (v) => {
    expect(isIsoDay(v)).toBe(isIsoDate(v));
  });
});

describe('the horizon (until)', () => {
  it('takes a quarter end from the data end to the last horizon', () => {
    expect(checkUntil('2030-03-31')).toBeNull();
    expect(checkUntil(DATA_ENDS_ON)).toBeNull();
    expect(checkUntil('2040-03-31')).toBeNull();
  });
  it('names what is wrong with any other', () => {
    expect(checkUntil('2030-02-30')).toBe('notDate');
    expect(checkUntil('2030-04-30')).toBe('notQuarterEnd');
    expect(checkUntil('2020-06-30')).toBe('dateOutside');
    expect(checkUntil('2040-06-30')).toBe('dateOutside');
  });
});

describe('the start date (startsOn)', () => {
  it('takes a day from the first intake to the end of the run', () => {
    expect(checkStartsOn('2004-07-08', null)).toBeNull();
    expect(checkStartsOn('2027-04-01', '2030-03-31')).toBeNull();
  });
  it('refuses a day before intake began, after the run ends, or no day at all', () => {
    expect(checkStartsOn('2004-07-07', null)).toBe('dateOutside');
    expect(checkStartsOn('2027-04-01', null)).toBe('dateOutside');
    expect(checkStartsOn('2031-01-01', '2030-03-31')).toBe('dateOutside');
    expect(checkStartsOn('2027-02-29', '2030-03-31')).toBe('notDate');
  });
});
