import { describe, expect, it } from 'vitest';
import { dateTick, quarterEnd } from './time';

describe('given a time axis', () => {
  it('labels years and months in Japanese on a Japanese page', () => {
    const tick = dateTick('ja');
    expect(tick(new Date(Date.UTC(2018, 0, 1)))).toBe('2018年');
    expect(tick(new Date(Date.UTC(2018, 3, 1)))).toBe('2018年4月');
  });

  it('labels them in English on an English page, never with Japanese', () => {
    const tick = dateTick('en');
    expect(tick(new Date(Date.UTC(2018, 0, 1)))).toBe('2018');
    expect(tick(new Date(Date.UTC(2018, 3, 1)))).toBe('Apr 2018');
  });

  it('puts a quarter at its last day', () => {
    expect(quarterEnd('2020Q3').toISOString().slice(0, 10)).toBe('2020-09-30');
  });
});
