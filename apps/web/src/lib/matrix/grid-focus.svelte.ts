/**
 * Keyboard movement in the comparison matrix, an ARIA grid with one tab stop: the arrow keys move one cell,
 * Home and End to the row's first and last cell. Pure, so the rules are tested without a browser.
 */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

/** The cell a key moves focus to from `from`, or null when the key is not one the grid handles. */
export function moveFocus(key: string, from: GridCell, size: GridSize): GridCell | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const { row, col } = from;
  switch (key) {
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'Home':
      return { row, col: 0 };
    case 'End':
      return { row, col: lastCol };
    default:
      return null;
  }
}

/**
 * The focus state of one grid: which cell is the tab stop. After a filter the remembered row may be gone, so the
 * tab stop is clamped to the rows there are: the table always keeps exactly one cell in the tab order.
 */
export class GridFocus {
  row = $state(0);
  col = $state(0);

  /** tabindex of a cell: 0 for the one tab stop, -1 for the rest. */
  tabIndex(row: number, col: number, rows: number): 0 | -1 {
    return row === Math.min(this.row, Math.max(0, rows - 1)) && col === this.col ? 0 : -1;
  }

  /** Remembers a cell that received focus (by click or Tab) as the tab stop. */
  focused(cell: HTMLElement): void {
    this.row = Number(cell.dataset.row);
    this.col = Number(cell.dataset.col);
  }

  /** Handles a grid key: moves the tab stop and focuses the cell. Returns false for other keys. */
  keydown(e: KeyboardEvent, size: GridSize, cellAt: (cell: GridCell) => HTMLElement | null): boolean {
    const next = moveFocus(e.key, { row: this.row, col: this.col }, size);
    if (!next) return false;
    e.preventDefault();
    this.row = next.row;
    this.col = next.col;
    cellAt(next)?.focus();
    return true;
  }
}
