import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '@kaiji/kb';
import { buildKnowledgeBase } from '../src/build-knowledge-base.ts';
import { openKnowledgeBase, ensureKnowledgeBase } from '../src/open.ts';
import { partnershipOutcomes, programs, programTags, surveyFindings } from '../src/schema/knowledge-base.ts';
import { copyOfData } from '../../kb/test/data-folder.ts';
import { QUALIFIERS, TABLE_4_2 } from './fixtures/table-4-2.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'kaiji-db-'));

describe('given a database built from data/', () => {
  const path = join(scratch(), 'kaiji.sqlite');
  let db: ReturnType<typeof openKnowledgeBase>;
  beforeAll(() => {
    const result = buildKnowledgeBase(defaultDataDir(), path);
    expect(result.ok).toBe(true);
    db = openKnowledgeBase(path);
  });

  it('reproduces Table 4-2 cell by cell', () => {
    for (const [slug, expected] of Object.entries(TABLE_4_2)) {
      const program = db.select().from(programs).where(eq(programs.slug, slug)).get();
      expect(program, slug).toMatchObject({ surveyRow: expected.row, surveyLabel: expected.label });
      const cells = db
        .select()
        .from(surveyFindings)
        .where(eq(surveyFindings.programSlug, slug))
        .orderBy(asc(surveyFindings.position))
        .all();
      expect(
        cells.map((c) => c.raw),
        slug,
      ).toEqual(expected.cells);
      cells.forEach((cell, i) => {
        const mark = expected.cells[i]!;
        expect(cell.found, `${slug} item ${i + 1}`).toBe(mark !== '×');
        expect(cell.qualifiers, `${slug} item ${i + 1}`).toEqual(QUALIFIERS[mark] ?? []);
        expect(cell.locator).toBe(`Table 4-2, row ${expected.row} (${expected.label}), item ${i + 1}`);
        expect(cell.sourceId).toBe('ipa-2020-report');
      });
    }
  });

  it('has no survey cells for the Partnership, which the survey did not cover', () => {
    expect(db.select().from(surveyFindings).where(eq(surveyFindings.programSlug, 'jp-partnership')).all()).toEqual([]);
  });

  // Table 4-2 item 8: ○2 limits intake to government systems; NCSC-NL is ○2・5, government systems and life safety.
  const intakeScopes = () => {
    const rows = db
      .select({ slug: programTags.programSlug, value: programTags.value })
      .from(programTags)
      .where(and(eq(programTags.dimension, 'intakeScope'), isNull(programTags.validTo)))
      .all();
    const bySlug = new Map<string, string[]>();
    for (const r of rows) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r.value]);
    return bySlug;
  };

  it('answers "which programs take reports only on government systems?" from the tags', () => {
    const only = [...intakeScopes()].filter(([, values]) => values.every((v) => v === 'GOVERNMENT_SYSTEMS'));
    expect(only.map(([slug]) => slug).sort()).toEqual(['cisa-bod-20-01', 'govtech', 'ncsc-uk']);
  });

  it('answers "which programs take reports on government systems, among others?" from the tags', () => {
    const some = [...intakeScopes()].filter(([, values]) => values.includes('GOVERNMENT_SYSTEMS'));
    expect(some.map(([slug]) => slug).sort()).toEqual(['cisa-bod-20-01', 'govtech', 'ncsc-nl', 'ncsc-uk']);
    expect(intakeScopes().get('ncsc-nl')?.sort()).toEqual(['GOVERNMENT_SYSTEMS', 'LIFE_SAFETY']);
  });

  it('stores the outcomes so that they add up to the totals', () => {
    const rows = db.select().from(partnershipOutcomes).all();
    const sum = (kind: string) => rows.filter((r) => r.kind === kind).reduce((a, r) => a + r.count, 0);
    expect([sum('SOFTWARE_PRODUCT'), sum('WEBSITE')]).toEqual([4627, 11296]);
  });

  it('loads a program with its cells, tags and sources through the relations in one query', async () => {
    const program = await db.query.programs.findFirst({
      where: { slug: 'ncsc-nl' },
      with: { survey: { with: { source: true } }, tags: true, sources: { with: { source: true } } },
    });
    expect(program?.survey).toHaveLength(8);
    expect(program?.survey[7]?.source.kind).toBe('seed');
    expect(program?.tags.map((t) => t.value)).toEqual(
      expect.arrayContaining(['GOVERNMENT_SYSTEMS', 'LIFE_SAFETY', 'BOUNTY']),
    );
  });
});

describe('given an invalid data folder', () => {
  it('refuses to build and leaves the previous database byte for byte intact', () => {
    const path = join(scratch(), 'kaiji.sqlite');
    expect(buildKnowledgeBase(defaultDataDir(), path).ok).toBe(true);
    const before = readFileSync(path);
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) => t.replace(/^jurisdiction: US$/m, 'jurisdiction: USA'));
    const result = buildKnowledgeBase(data.dir, path);
    expect(result.ok).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.${process.pid}.building`)).toBe(false);
  });

  it('keeps serving the previous database when asked to ensure one', () => {
    const path = join(scratch(), 'kaiji.sqlite');
    expect(buildKnowledgeBase(defaultDataDir(), path).ok).toBe(true);
    const data = copyOfData();
    data.write('taxonomy.yaml', 'not: [valid');
    const lines: string[] = [];
    const ensured = ensureKnowledgeBase({ dataDir: data.dir, path, log: (l) => lines.push(l) });
    expect(ensured.rebuilt).toBe(false);
    expect(lines.at(-1)).toMatch(/serving the previous database/);
    expect(
      openKnowledgeBase(path)
        .select()
        .from(programs)
        .all()
        .map((p) => p.slug),
    ).toContain('cert-cc');
  });

  it('refuses to start with nothing to serve', () => {
    const data = copyOfData();
    writeFileSync(join(data.dir, 'sources.yaml'), 'sources: []');
    expect(() =>
      ensureKnowledgeBase({ dataDir: data.dir, path: join(scratch(), 'none.sqlite'), log: () => {} }),
    ).toThrow(/problem/);
  });
});

describe('given a database that is up to date', () => {
  it('is not rebuilt, and is rebuilt once data/ changes', () => {
    const path = join(scratch(), 'kaiji.sqlite');
    const data = copyOfData();
    expect(ensureKnowledgeBase({ dataDir: data.dir, path }).rebuilt).toBe(true);
    expect(ensureKnowledgeBase({ dataDir: data.dir, path }).rebuilt).toBe(false);
    data.edit('programs/cert-cc.yaml', (t) => t.replace('slug: cert-cc', 'slug: cert-cc # edited'));
    expect(ensureKnowledgeBase({ dataDir: data.dir, path }).rebuilt).toBe(true);
  });
});
