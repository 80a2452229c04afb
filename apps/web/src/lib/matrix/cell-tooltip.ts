import { computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * Places the matrix's cell tooltip next to its cell with Floating UI: below the cell by default, above when
 * there is no room below, and shifted to stay inside the window at its edges (the last columns, the last rows).
 */
export async function placeTooltip(anchor: Element, tip: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(anchor, tip, {
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
  });
  // CSSOM properties, not a style attribute: allowed under the page's style-src 'self'.
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}

/** The text a cell's tooltip shows: its description (aria-describedby), as screen readers read it. */
export function cellDescription(cell: Element): string | null {
  const id = cell.getAttribute('aria-describedby');
  return (id && cell.ownerDocument.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim()) || null;
}
