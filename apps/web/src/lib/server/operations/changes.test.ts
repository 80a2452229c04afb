import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorExtensions } from '../api-error';
import { asOfError, dateProblem, refusedDate } from './changes';

/** A refusal as the API sends it for a date (apps/api/src/schema/as-of.ts); its English text is never read. */
const refusal = (extensions: ApiErrorExtensions) =>
  new ApiError('(English text the web app must not parse)', true, extensions.code, extensions.field, null, extensions);

describe('given a date the user typed', () => {
  it('finds a malformed or early date before the API is asked', () => {
    expect(dateProblem('2020-13-01')).toEqual({ kind: 'malformed', earliest: '2020-09-30' });
    expect(dateProblem('2019-04-01')).toEqual({ kind: 'early', earliest: '2020-09-30' });
    expect(dateProblem('2021-04-01')).toBeNull();
  });

  it("reads the API's refusal from its extensions: the field, the reason and the earliest record", () => {
    const early = refusal({
      code: 'BAD_USER_INPUT',
      field: 'from',
      reason: 'BEFORE_EARLIEST_RECORD',
      earliest: '2020-07-08',
    });
    expect(refusedDate(early)).toEqual({ field: 'from', kind: 'early', earliest: '2020-07-08' });
    const malformed = refusal({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
      reason: 'MALFORMED_DATE',
      earliest: '2020-09-30',
    });
    expect(refusedDate(malformed)).toEqual({ field: 'asOf', kind: 'malformed', earliest: '2020-09-30' });
    expect(asOfError('2020-08-01', early)).toContain('2020-07-08');
  });

  it('leaves a refusal of something else alone', () => {
    expect(refusedDate(refusal({ code: 'BAD_USER_INPUT', field: 'programs' }))).toBeNull();
    expect(refusedDate(refusal({ code: 'BAD_USER_INPUT', field: 'to', reason: 'BEFORE_FROM' }))).toBeNull();
    expect(refusedDate(refusal({ code: 'RATE_LIMITED' }))).toBeNull();
    expect(asOfError('2021-01-01', refusal({ code: 'BAD_USER_INPUT', field: 'programs' }))).toBeNull();
  });
});
