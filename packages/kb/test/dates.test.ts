import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadKnowledgeBase } from '../src/index.ts';
import { INTAKE_START, REPORT_DATE, today } from '../src/dates.ts';
import { isIsoDate } from '../src/iso-date.ts';

describe('given the day in Japan', () => {
  it('turns at midnight in Tokyo, not in UTC or the server’s zone', () => {
    // 2026-12-01 00:30 in Tokyo is still 2026-11-30 15:30 in UTC.
    expect(today(new Date('2026-11-30T15:30:00Z'))).toBe('2026-12-01');
    expect(today(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
  });
});

describe('given a text that should be a date', () => {
  it.each(['2020-09-30', '2024-02-29'])('takes %s', (text) => expect(isIsoDate(text)).toBe(true));
  it.each(['2021-02-29', '2020-13-01', '2020-9-30', '2020-09-30T00:00:00Z', ''])('refuses %j', (text) =>
    expect(isIsoDate(text)).toBe(false),
  );
});

describe('given the report’s date', () => {
  it('is the date data/ says the statistics stand at and the survey observed', () => {
    const loaded = loadKnowledgeBase(defaultDataDir());
    if (!loaded.ok) throw new Error('data/ does not load');
    expect(loaded.kb.partnership.asOf).toBe(REPORT_DATE);
    const surveyed = new Set(loaded.kb.programs.flatMap((p) => (p.survey ? [p.survey.asOf] : [])));
    expect([...surveyed]).toEqual([REPORT_DATE]);
  });
});

describe('given the first day of intake', () => {
  it('is the day data/ says the Partnership started taking reports', () => {
    const loaded = loadKnowledgeBase(defaultDataDir());
    if (!loaded.ok) throw new Error('data/ does not load');
    expect(loaded.kb.partnership.intakeStart).toBe(INTAKE_START);
  });
});
