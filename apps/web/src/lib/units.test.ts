import { describe, expect, it } from 'vitest';
import { unitLabel } from './units';

describe('given a unit from data/simulation', () => {
  it('names it in the page language (Japanese by default)', () => {
    expect(unitLabel('working days')).toBe('稼働日');
    expect(unitLabel('reports/working day')).toBe('件/稼働日');
  });

  it('shows a unit it has no label for as written', () => {
    expect(unitLabel('furlongs')).toBe('furlongs');
  });
});
