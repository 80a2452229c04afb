import countries from 'i18n-iso-countries';
import { SURVEY_ITEMS, TAG_VALUES, type Program, type Tag, type TagDimension, type Taxonomy } from '../schema/index.ts';
import type { Problem } from './knowledge-base.ts';
import { decodeRawRow, readMark } from './survey-row.ts';
import { problemAt } from './validate.ts';
import type { FieldPath } from './yaml-file.ts';
import type { YamlFile } from './yaml-file.ts';

export interface LoadedFile<T> {
  yaml: YamlFile;
  value: T;
}

/** Every {source, locator} reference in a file must name an entry of the registry. */
export function checkSourceRefs(file: YamlFile, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    if (typeof record.source === 'string' && keys.every((k) => k === 'source' || k === 'locator')) {
      if (!known.has(record.source)) {
        problems.push(problemAt(file, [...path, 'source'], `source '${record.source}' is not in sources.yaml`));
      }
      return;
    }
    for (const key of keys) walk(record[key], [...path, key]);
  };
  walk(file.data, []);
  return problems;
}

export function checkProgram({ yaml, value: program }: LoadedFile<Program>, taxonomy: Taxonomy | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (path: FieldPath, message: string) => problems.push(problemAt(yaml, path, message));

  const expectedSlug = yaml.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (program.slug !== expectedSlug) {
    at(['slug'], `slug '${program.slug}' must match the file name '${expectedSlug}.yaml'`);
  }
  if (program.jurisdiction !== 'EU' && !countries.isValid(program.jurisdiction)) {
    at(['jurisdiction'], `'${program.jurisdiction}' is not an ISO 3166-1 alpha-2 code (use GB for the UK) nor EU`);
  }

  if (program.survey) checkSurvey(program, at);
  const opened = program.validFrom ?? program.survey?.asOf;
  program.tags.forEach((tag, i) => {
    if (opened && tag.validFrom < opened) {
      at(['tags', i, 'validFrom'], `the tag starts before the program is recorded (${opened})`);
    }
  });
  if (!program.survey && !program.validFrom) {
    at(['validFrom'], 'a program outside the 2020 survey needs validFrom, the first day it is recorded');
  }
  checkTagIntervals(program.tags, at);
  if (program.survey && taxonomy) checkTagsFollowSurvey(program, taxonomy, at);
  return problems;
}

function checkSurvey(program: Program, at: (path: FieldPath, message: string) => void): void {
  const survey = program.survey!;
  survey.cells.forEach((cell, i) => {
    if (cell.item !== SURVEY_ITEMS[i]) {
      at(['survey', 'cells', i, 'item'], `cell ${i + 1} must be item ${SURVEY_ITEMS[i]} (the report's order)`);
    }
    const read = readMark(cell.raw);
    if (read.found !== cell.found) {
      at(['survey', 'cells', i, 'found'], `raw '${cell.raw}' means found: ${read.found} (○ 掲載有, × 掲載無)`);
    }
    if (read.qualifiers.join(',') !== cell.qualifiers.join(',')) {
      at(['survey', 'cells', i, 'qualifiers'], `raw '${cell.raw}' carries qualifiers [${read.qualifiers.join(', ')}]`);
    }
  });
  const decoded = decodeRawRow(survey.rawRow);
  if (decoded.error) {
    at(['survey', 'rawRow'], decoded.error);
    return;
  }
  survey.cells.forEach((cell, i) => {
    const printed = decoded.cells!.get(cell.item);
    if (printed !== undefined && printed.replace(/\s/g, '') !== cell.raw.replace(/\s/g, '')) {
      at(['survey', 'cells', i, 'raw'], `the printed row gives '${printed}' for ${cell.item}, not '${cell.raw}'`);
    }
  });
}

/** The same dimension and value may not hold twice over one day; coordination is either-or. */
function checkTagIntervals(tags: readonly Tag[], at: (path: FieldPath, message: string) => void): void {
  const end = (t: Tag) => t.validTo ?? '9999-12-31';
  tags.forEach((a, i) => {
    tags.forEach((b, j) => {
      if (j <= i || a.dimension !== b.dimension) return;
      const sameSlot = a.value === b.value || a.dimension === 'coordination';
      if (sameSlot && a.validFrom < end(b) && b.validFrom < end(a)) {
        at(
          ['tags', j, 'validFrom'],
          `${b.dimension} ${b.value} overlaps tags.${i} (${a.dimension} ${a.value}, from ${a.validFrom}); end the earlier fact with validTo`,
        );
      }
    });
  });
}

function holdsOn(tag: Tag, day: string): boolean {
  return tag.validFrom <= day && (tag.validTo === undefined || day < tag.validTo);
}

/** Tags that the survey's cells imply (qualifiers, item 7) must be present on the survey's date. */
function checkTagsFollowSurvey(
  program: Program,
  taxonomy: Taxonomy,
  at: (path: FieldPath, message: string) => void,
): void {
  const survey = program.survey!;
  const has = (dimension: TagDimension, value: string) =>
    program.tags.some((t) => t.dimension === dimension && t.value === value && holdsOn(t, survey.asOf));
  // taxonomy.yaml: a program whose intake was not found (item 1 ×) has no intake scope, whatever item 8 says.
  const accepts = survey.cells.find((c) => c.item === 'ACCEPTS_REPORTS')?.found ?? false;
  if (!accepts) {
    program.tags.forEach((t, i) => {
      if (t.dimension === 'intakeScope' && holdsOn(t, survey.asOf)) {
        at(
          ['tags', i, 'value'],
          `ACCEPTS_REPORTS is × (no intake found), so no intakeScope tag may hold on ${survey.asOf}; say what item 8 covers in its cell's note`,
        );
      }
    });
  }
  for (const cell of survey.cells) {
    for (const q of cell.qualifiers) {
      const meaning = taxonomy.qualifiers.find((m) => m.number === q);
      if (!meaning) continue;
      if (meaning.implies.dimension === 'intakeScope' && !accepts) continue;
      if (!has(meaning.implies.dimension, meaning.implies.value)) {
        at(
          ['tags'],
          `${cell.item} is '${cell.raw}', so a ${meaning.implies.dimension} tag ${meaning.implies.value} valid on ${survey.asOf} is required`,
        );
      }
    }
  }
  const coordination = survey.cells.find((c) => c.item === 'COORDINATION');
  const expected = coordination?.found ? 'COORDINATES' : 'NONE_FOUND';
  if (!has('coordination', expected)) {
    at(
      ['tags'],
      `COORDINATION is '${coordination?.raw}', so a coordination tag ${expected} valid on ${survey.asOf} is required`,
    );
  }
}

export function checkDuplicateSlugs(programs: readonly LoadedFile<Program>[]): Problem[] {
  const bySlug = new Map<string, LoadedFile<Program>[]>();
  for (const p of programs) bySlug.set(p.value.slug, [...(bySlug.get(p.value.slug) ?? []), p]);
  return [...bySlug.values()]
    .filter((files) => files.length > 1)
    .flatMap((files) =>
      files.map((f) =>
        problemAt(
          f.yaml,
          ['slug'],
          `duplicate slug '${f.value.slug}' (also in ${files
            .filter((o) => o !== f)
            .map((o) => o.yaml.file)
            .join(', ')})`,
        ),
      ),
    );
}

/** taxonomy.yaml must label exactly the values the schema knows, and its qualifiers must imply real tags. */
export function checkTaxonomy({ yaml, value: taxonomy }: LoadedFile<Taxonomy>): Problem[] {
  const problems: Problem[] = [];
  for (const dimension of Object.keys(TAG_VALUES) as TagDimension[]) {
    const listed = taxonomy.dimensions[dimension].values.map((v) => v.value);
    const known: readonly string[] = TAG_VALUES[dimension];
    for (const value of known.filter((v) => !listed.includes(v))) {
      problems.push(problemAt(yaml, ['dimensions', dimension, 'values'], `value ${value} has no label and definition`));
    }
    listed.forEach((value, i) => {
      if (!known.includes(value)) {
        problems.push(
          problemAt(
            yaml,
            ['dimensions', dimension, 'values', i, 'value'],
            `unknown ${dimension} value ${value} (known: ${known.join(', ')})`,
          ),
        );
      }
    });
  }
  taxonomy.qualifiers.forEach((q, i) => {
    const known: readonly string[] = TAG_VALUES[q.implies.dimension];
    if (!known.includes(q.implies.value)) {
      problems.push(
        problemAt(
          yaml,
          ['qualifiers', i, 'implies', 'value'],
          `unknown ${q.implies.dimension} value ${q.implies.value}`,
        ),
      );
    }
    if (q.number !== i + 1)
      problems.push(problemAt(yaml, ['qualifiers', i, 'number'], `qualifiers must be listed ○1 to ○7 in order`));
  });
  return problems;
}
