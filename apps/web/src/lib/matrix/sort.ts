import type { MatrixProgram } from '$lib/fragments';
import type { SortKey, SortOrder } from './query';

/**
 * A cell's sort weight: ○ with qualifiers, then plain ○, then ×, then not surveyed. Descending puts "found"
 * first, which is what a member sorting a column wants to see.
 */
function cellWeight(p: MatrixProgram, number: number): number {
  const cell = p.survey.find((c) => c.number === number);
  if (!cell) return -1;
  if (!cell.found) return 0;
  return cell.qualifiers.length ? 2 + 1 / (1 + (cell.qualifiers[0] ?? 0)) : 1;
}

function key(p: MatrixProgram, sort: SortKey): string | number {
  switch (sort) {
    case 'name':
      return p.name;
    case 'jurisdiction':
      return p.jurisdiction;
    case 'intakeScopes':
      return p.intakeScopes.join(',');
    case 'legalBases':
      return p.legalBases.join(',');
    case 'incentives':
      return p.incentives.join(',');
    case 'coordinates':
      return p.coordinates ? 1 : 0;
    case 'referenceForPartnership':
      return p.referenceForPartnership ? 1 : 0;
    default:
      return cellWeight(p, Number(sort.slice(4)));
  }
}

/** A stable sort: ties keep the report's order. */
export function sortPrograms(
  programs: readonly MatrixProgram[],
  sort: SortKey | null,
  order: SortOrder,
  locale: string,
): MatrixProgram[] {
  if (!sort) return [...programs];
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = order === 'desc' ? -1 : 1;
  return programs
    .map((p, i) => ({ p, i, k: key(p, sort) }))
    .sort((a, b) => {
      const c =
        typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.p);
}
