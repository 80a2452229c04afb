import { SURVEY_ITEMS, type SurveyItem } from '../schema/index.ts';

/** The marks of a printed row: '○ × ○ 2・5' → ['○', '×', '○ 2・5'] (a mark's own numbers stay with it). */
export function splitRawRow(rawRow: string): string[] {
  return rawRow.match(/×|○(?:\s?[1-7](?:\s?[-・]\s?[1-7])*)?/g) ?? [];
}

/**
 * Assigns a printed row's marks to the eight items. The seed's text is ragged: some rows print nine marks.
 * The last mark is item 8 (where the qualifiers ○1-○5 sit) and the one before it item 7; the extra mark
 * must be a × inside the run for items 2 to 6, where dropping any × gives the same cells only if the
 * run is uniform, which the checker then requires.
 */
export function decodeRawRow(rawRow: string): { cells?: Map<SurveyItem, string>; error?: string } {
  const marks = splitRawRow(rawRow);
  if (marks.length !== 8 && marks.length !== 9) {
    return { error: `the row has ${marks.length} marks; expected 8, or 9 with one extra ×` };
  }
  const middle = marks.slice(1, marks.length - 2);
  if (middle.length === 6) {
    if (!middle.every((m) => m === '×')) {
      return { error: 'a nine-mark row is only decodable when items 2 to 6 are all ×' };
    }
    middle.pop();
  }
  const ordered = [marks[0]!, ...middle, marks.at(-2)!, marks.at(-1)!];
  return { cells: new Map(SURVEY_ITEMS.map((item, i) => [item, ordered[i]!])) };
}

/** What a cell's raw mark says: found or not, and its qualifier numbers ('○1-4' is read as 1 and 4). */
export function readMark(raw: string): { found: boolean; qualifiers: number[] } {
  if (raw === '×') return { found: false, qualifiers: [] };
  const qualifiers = [...raw.matchAll(/[1-7]/g)].map((m) => Number(m[0])).sort((a, b) => a - b);
  return { found: true, qualifiers };
}
