import { describe, expect, it } from 'vitest';
import { differs, parseProgramList } from './compare';

describe('given a compare link', () => {
  it('reads comma-separated and repeated slugs, keeps order, drops duplicates and junk', () => {
    expect(parseProgramList(new URLSearchParams('programs=cert-cc,ncsc-nl&programs=cert-cc&programs=<x>'))).toEqual({
      slugs: ['cert-cc', 'ncsc-nl'],
      truncated: false,
    });
  });
  it('keeps the first four', () => {
    expect(parseProgramList(new URLSearchParams('programs=a,b,c,d,e'))).toEqual({
      slugs: ['a', 'b', 'c', 'd'],
      truncated: true,
    });
  });
});

describe('given a row of values', () => {
  it('shows a difference only where values are not all equal', () => {
    expect(differs(['○', '○'])).toBe(false);
    expect(differs(['○', '×', '○'])).toBe(true);
  });
});
