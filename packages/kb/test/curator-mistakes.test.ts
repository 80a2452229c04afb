import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/load/knowledge-base.ts';
import { loadKnowledgeBase } from '../src/load/load-knowledge-base.ts';
import { copyOfData } from './data-folder.ts';

/** The problems a curator would read, as data:check prints them. */
function problemsOf(dir: string): string[] {
  const result = loadKnowledgeBase(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('given a curator mistake in data/', () => {
  it('names file and line of broken YAML', () => {
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) => t.replace('jurisdiction: US', 'jurisdiction: [US'));
    expect(problemsOf(data.dir)).toContainEqual(expect.stringMatching(/^programs\/cert-cc\.yaml:\d+: YAML: /));
  });

  it('names file, line and field of a missing field', () => {
    const data = copyOfData();
    data.edit('programs/ncsc-nl.yaml', (t) => t.replace(/^jurisdiction: NL\n/m, ''));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/ncsc-nl\.yaml:\d+: jurisdiction: missing required field$/),
    );
  });

  it('names an unknown field (a typo) on its own line', () => {
    const data = copyOfData();
    data.edit('programs/imda.yaml', (t) => t.replace(/^jurisdiction: SG$/m, 'jurisdiction: SG\njurisdicton: SG'));
    const problems = problemsOf(data.dir);
    const line = problems.find((p) => p.includes('jurisdicton'));
    expect(line).toMatch(/^programs\/imda\.yaml:(\d+): jurisdicton: unknown field$/);
  });

  it('names both files of a duplicate slug', () => {
    const data = copyOfData();
    data.edit('programs/enisa.yaml', (t) => t.replace(/^slug: enisa$/m, 'slug: cert-eu'));
    const problems = problemsOf(data.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^programs\/enisa\.yaml:\d+: slug: duplicate slug 'cert-eu' \(also in programs\/cert-eu\.yaml\)$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^programs\/cert-eu\.yaml:\d+: slug: duplicate slug 'cert-eu' \(also in programs\/enisa\.yaml\)$/,
      ),
    );
  });

  it('refuses an unknown tag value and lists the known ones', () => {
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) => t.replace(/value: COORDINATES/, 'value: COORDINATE'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/cert-cc\.yaml:\d+: tags\.\d+\.value: .*"COORDINATES".*"NONE_FOUND"/),
    );
  });

  it('refuses an unknown survey mark', () => {
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) => t.replace(/raw: ×, found: false/, 'raw: △, found: false'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/cert-cc\.yaml:\d+: survey\.cells\.\d\.raw: a cell is ×, ○/),
    );
  });

  it('refuses a cell that contradicts the printed row', () => {
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) =>
      t.replace(
        /\{ item: COORDINATION, raw: ○, found: true, qualifiers: \[\] \}/,
        '{ item: COORDINATION, raw: ×, found: false, qualifiers: [] }',
      ),
    );
    const problems = problemsOf(data.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/cert-cc\.yaml:\d+: survey\.cells\.6\.raw: the printed row gives '○' for COORDINATION/),
    );
  });

  it('refuses a source that is not in the registry', () => {
    const data = copyOfData();
    data.edit('programs/ncsc-fi.yaml', (t) => t.replace('source: ipa-2020-report', 'source: ipa-2019-report'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^programs\/ncsc-fi\.yaml:\d+: .*source: source 'ipa-2019-report' is not in sources\.yaml$/,
      ),
    );
  });

  it('refuses a jurisdiction that is not an ISO code', () => {
    const data = copyOfData();
    data.edit('programs/ncsc-uk.yaml', (t) => t.replace(/^jurisdiction: GB$/m, 'jurisdiction: UK'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/ncsc-uk\.yaml:\d+: jurisdiction: 'UK' is not an ISO 3166-1/),
    );
  });

  it('refuses overlapping validity intervals of the same fact', () => {
    const data = copyOfData();
    data.edit('programs/ncsc-nl.yaml', (t) =>
      t.replace(
        /^tags:\n/m,
        "tags:\n  - dimension: incentive\n    value: BOUNTY\n    validFrom: 2021-01-01\n    source: { source: ipa-2020-report, locator: '§4.3' }\n",
      ),
    );
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/ncsc-nl\.yaml:\d+: tags\.\d+\.validFrom: incentive BOUNTY overlaps/),
    );
  });

  it('refuses an intake-scope tag on a surveyed program whose intake was not found (item 1 ×)', () => {
    const data = copyOfData();
    data.edit('programs/dcms.yaml', (t) =>
      t.replace(
        /^tags:\n/m,
        "tags:\n  - dimension: intakeScope\n    value: IOT\n    validFrom: 2020-09-30\n    source: { source: ipa-2020-report, locator: 'Table 4-2, row 6' }\n",
      ),
    );
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^programs\/dcms\.yaml:\d+: tags\.0\.value: ACCEPTS_REPORTS is × \(no intake found\)/),
    );
  });

  it('refuses outcome counts that do not add up to the total', () => {
    const data = copyOfData();
    data.edit('partnership/statistics.yaml', (t) => t.replace('count: 2141', 'count: 2142'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^partnership\/statistics\.yaml:\d+: outcomes\.0\.outcomes: outcome counts add up to 4628, not to the total 4627$/,
      ),
    );
  });

  it('reports every problem of every file in one run, not only the first', () => {
    const data = copyOfData();
    data.edit('programs/ncsc-uk.yaml', (t) => t.replace(/^jurisdiction: GB$/m, 'jurisdiction: UK'));
    data.edit('programs/cccs.yaml', (t) => t.replace(/^slug: cccs$/m, 'slug: ccs'));
    data.write('taxonomy.yaml', 'surveyItems: [');
    const files = new Set(problemsOf(data.dir).map((p) => p.split(':')[0]));
    expect(files).toEqual(new Set(['programs/ncsc-uk.yaml', 'programs/cccs.yaml', 'taxonomy.yaml']));
  });
});
