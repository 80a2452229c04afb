import { describe, expect, it } from 'vitest';
import { Draw, belowBound, caseMix, leverKeyOfMix, purposeMix, shareBound } from '../src/random.ts';
import { C, ChangeLog } from '../src/tally.ts';

/**
 * A change log against the plain way of applying it: every entry of every applying report added in order. Its
 * counters are summed in lanes and its other entries scattered (tally.ts), and the two must give the same
 * buffer bit for bit.
 */

const SIZE = 400;

/** Report r's entries: counters (more distinct ones than the log has lanes) and quarterly offsets. */
function entriesOf(r: number): [number, number][] {
  const entries: [number, number][] = [
    [C.wFixed, 1],
    [C.size + ((r * 7) % 100), 1],
    [C.wPrivate, 10.25 + r / 3],
    [C.size + 200 + ((r * 13) % 150), -1],
    [C.wFixed, 1],
    [C.wWithin30, r % 2],
    [C.wWithin90, -1],
    [C.wInHandling, -1],
    [C.wOpen90, r % 3 === 0 ? 1 : 0],
    [C.pPublic, -(r + 0.5)],
    [C.accepted, r % 5 === 0 ? 1 : 0],
  ];
  // The first report reaches far into the buffer: the log's merge table grows in the middle of it.
  if (r === 0) entries.push([SIZE - 1, 2], [C.wPrivate, 0.125]);
  return entries;
}

function filledLog(reports: number): ChangeLog {
  const log = new ChangeLog();
  for (let r = 0; r < reports; r++) {
    for (const [at, value] of entriesOf(r)) log.push(at, value);
    log.endReport(r);
  }
  log.seal();
  return log;
}

/** The same changes added one by one to the applying reports, each report's entries merged first. */
function plainly(reports: number, applies: (r: number) => boolean): Float64Array {
  const all = new Float64Array(SIZE).fill(3);
  for (let r = 0; r < reports; r++) {
    if (!applies(r)) continue;
    const merged = new Map<number, number>();
    for (const [at, value] of entriesOf(r)) merged.set(at, (merged.get(at) ?? 0) + value);
    for (const [at, value] of merged) if (value !== 0) all[at]! += value;
  }
  return all;
}

describe('given a change log', () => {
  const reports = 300;
  const log = filledLog(reports);
  const tk = 0xdeadbeef;
  const idBase = 1 << 24;

  it('merges a report’s entries at one offset, also across the growth of its merge table', () => {
    // Report 0 has C.wFixed and C.wPrivate twice; each stands once after the merge.
    const first = [...log.offsets.subarray(log.startIds[0], log.startIds[1])];
    expect(first.filter((at) => at === C.wFixed)).toHaveLength(1);
    expect(first.filter((at) => at === C.wPrivate)).toHaveLength(1);
  });

  it.each([0, 0.3, 0.5, 1])('applies the reports whose draw falls below a share of %s, bit for bit', (share) => {
    const all = new Float64Array(SIZE).fill(3);
    log.apply(all, tk, idBase, Draw.compliance, share);
    const mix = purposeMix(Draw.compliance);
    const drawn = (r: number) => belowBound(leverKeyOfMix(tk | 0, caseMix(idBase + r)), mix, shareBound(share)) === 1;
    const expected = plainly(reports, drawn);
    expect([...all]).toEqual([...expected]);
    if (share === 0) expect(all.every((v) => v === 3)).toBe(true);
    if (share > 0 && share < 1) expect(all[C.wFixed]).not.toBe(plainly(reports, () => true)[C.wFixed]);
  });
});
