import { describe, expect, it } from 'vitest';
import { moveFocus } from './grid-focus.svelte';

const size = { rows: 3, cols: 13 };

describe('given focus in the matrix', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveFocus('ArrowRight', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus('ArrowLeft', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus('ArrowDown', { row: 2, col: 4 }, size)).toEqual({ row: 2, col: 4 });
    expect(moveFocus('ArrowUp', { row: 2, col: 4 }, size)).toEqual({ row: 1, col: 4 });
    expect(moveFocus('ArrowRight', { row: 1, col: 12 }, size)).toEqual({ row: 1, col: 12 });
  });

  it('goes to the ends of the row with Home and End', () => {
    expect(moveFocus('Home', { row: 1, col: 7 }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus('End', { row: 1, col: 7 }, size)).toEqual({ row: 1, col: 12 });
  });

  it('leaves other keys (Tab, Enter, letters) to the browser', () => {
    for (const key of ['Tab', 'Enter', 'a', 'Escape']) expect(moveFocus(key, { row: 0, col: 0 }, size)).toBeNull();
  });

  it('stays inside an empty grid', () => {
    expect(moveFocus('ArrowDown', { row: 0, col: 0 }, { rows: 0, cols: 13 })).toEqual({ row: 0, col: 0 });
  });
});
