import {
  DAMAGE_KINDS,
  INVESTIGATION_ITEMS,
  type DamageCase,
  type DamageCases,
  type DamageMark,
  type OperatorSurvey,
} from '../schema/index.ts';
import type { LoadedFile } from './cross-check.ts';
import type { Problem } from './knowledge-base.ts';
import { problemAt } from './validate.ts';
import type { FieldPath } from './yaml-file.ts';

/** Every figure stands under a hypothesis or conclusion that exists; hypotheses are numbered 1, 2, 3 … */
export function checkOperatorSurvey({ yaml, value: survey }: LoadedFile<OperatorSurvey>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: FieldPath, message: string) => problems.push(problemAt(yaml, path, message));
  const areas = new Set(survey.areas.map((a) => a.key));
  survey.hypotheses.forEach((h, i) => {
    if (h.number !== i + 1)
      at(['hypotheses', i, 'number'], `hypothesis ${i + 1} expected here (the seed's order), not ${h.number}`);
    if (!areas.has(h.area)) at(['hypotheses', i, 'area'], `no area '${h.area}' in areas`);
  });
  const numbers = new Set(survey.hypotheses.map((h) => h.number));
  const conclusions = new Set(survey.conclusions.map((c) => c.key));
  survey.figures.forEach((f, i) => {
    if (f.hypothesis !== undefined && !numbers.has(f.hypothesis)) {
      at(['figures', i, 'hypothesis'], `no hypothesis ${f.hypothesis} in hypotheses`);
    }
    f.alsoHypotheses?.forEach((n, j) => {
      if (!numbers.has(n)) at(['figures', i, 'alsoHypotheses', j], `no hypothesis ${n} in hypotheses`);
    });
    if (f.conclusion !== undefined && !conclusions.has(f.conclusion)) {
      at(['figures', i, 'conclusion'], `no conclusion '${f.conclusion}' in conclusions`);
    }
  });
  const keys = survey.conclusions.map((c) => c.key);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) at(['conclusions', i, 'key'], `duplicate conclusion key '${k}'`);
  });
  return problems;
}

/** The printed row a case's cells spell out, in the table's column order. */
export function printedRow(c: DamageCase): string {
  return [
    printedDate(c.date),
    c.organization,
    c.vulnerability?.ja,
    c.siteForm?.ja,
    c.companySize,
    c.cloud,
    ...c.damage,
    ...c.investigation,
  ]
    .filter((cell): cell is string => cell !== undefined)
    .join(' ');
}

/** 2020-01-15 → 2020年1月15日, 2018-06 → 2018年6月, 2016 → 2016年, as the tables print dates. */
function printedDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

// △ and ▲ say how a service stopped; anywhere else they mean nothing.
const SERVICE_STOP_ONLY: readonly DamageMark[] = ['△', '▲'];

/**
 * Each case uses only its own table's legend, its cells agree with its printed row, and Table 3-1 rows name
 * an organisation where Table 3-2 rows describe the vulnerability and the site's form instead.
 */
export function checkDamageCases({ yaml, value: data }: LoadedFile<DamageCases>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: FieldPath, message: string) => problems.push(problemAt(yaml, path, message));
  const legend = new Map(data.legends.map((l) => [l.table, new Set(l.marks.map((m) => m.mark))]));
  const tables = data.legends.map((l) => l.table);
  tables.forEach((t, i) => {
    if (tables.indexOf(t) !== i) at(['legends', i, 'table'], `a second legend for Table ${t}`);
  });
  data.columns.damage.forEach((c, i) => {
    if (c.key !== DAMAGE_KINDS[i])
      at(['columns', 'damage', i, 'key'], `column ${i + 1} is ${DAMAGE_KINDS[i]} (the tables' order)`);
  });
  data.columns.investigation.forEach((c, i) => {
    if (c.key !== INVESTIGATION_ITEMS[i]) {
      at(['columns', 'investigation', i, 'key'], `column ${i + 1} is ${INVESTIGATION_ITEMS[i]} (the tables' order)`);
    }
  });
  const seen = new Set<string>();
  data.cases.forEach((c, i) => {
    const id = `${c.table}/${c.number}`;
    if (seen.has(id)) at(['cases', i, 'number'], `Table ${c.table} has case ${c.number} twice`);
    seen.add(id);
    const known = legend.get(c.table);
    const listed = known ? [...known].join(' ') : '';
    const checkMark = (path: FieldPath, mark: DamageMark, column: string) => {
      if (known && !known.has(mark)) {
        at(path, `'${mark}' is not in Table ${c.table}'s legend (${listed})`);
      } else if (SERVICE_STOP_ONLY.includes(mark) && column !== 'SERVICE_STOP') {
        at(path, `'${mark}' describes a service stop and belongs only in the service-stop column`);
      }
    };
    checkMark(['cases', i, 'cloud'], c.cloud, 'CLOUD');
    c.damage.forEach((m, j) => checkMark(['cases', i, 'damage', j], m, DAMAGE_KINDS[j]!));
    c.investigation.forEach((m, j) => checkMark(['cases', i, 'investigation', j], m, 'INVESTIGATION'));
    if (c.table === '3-1') {
      if (!c.organization) at(['cases', i, 'organization'], 'a Table 3-1 case names its organisation (企業A …)');
      if (c.vulnerability || c.siteForm) at(['cases', i], 'vulnerability and siteForm are Table 3-2 columns');
    } else {
      if (!c.vulnerability) at(['cases', i, 'vulnerability'], 'a Table 3-2 case gives 脆弱性の概要');
      if (!c.siteForm) at(['cases', i, 'siteForm'], 'a Table 3-2 case gives ウェブサイトの形態');
      if (c.organization) at(['cases', i, 'organization'], 'Table 3-2 has no organisation column');
    }
    const expected = printedRow(c);
    if (c.raw.replace(/\s+/g, ' ') !== expected) {
      at(['cases', i, 'raw'], `the cells spell '${expected}', not the printed row '${c.raw}'`);
    }
  });
  return problems;
}
