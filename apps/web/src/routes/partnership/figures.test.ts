import { describe, expect, it } from 'vitest';
import {
  FIGURE_GROUPS,
  countOf,
  groupFigures,
  intakeTable,
  newsSources,
  ungroupedFigures,
  type Figure,
  type Partnership,
} from './figures';

const source = (label: string, status: 'PRIMARY' | 'SECONDARY' = 'PRIMARY') =>
  ({ label, locator: null, url: null, accessed: null, status }) as Figure['source'];
const figure = (key: string, value = 1): Figure => ({
  key,
  label: key,
  value,
  unit: 'VULNERABILITIES',
  note: null,
  source: source('report'),
});

describe('groupFigures', () => {
  it("puts each group's figures in the group's order, whatever the data's, and leaves out what the data lacks", () => {
    const figures = [figure('jvnPublishedDomestic'), figure('other'), figure('jvnPublishedTotal')];
    const groups = groupFigures(figures);
    expect(groups.jvn.map((f) => f.key)).toEqual(['jvnPublishedTotal', 'jvnPublishedDomestic']);
    expect(groups.timing).toEqual([]);
    expect(ungroupedFigures(figures).map((f) => f.key)).toEqual(['other']);
  });

  it('charts every grouped key once and tables the rest', () => {
    const all = Object.values(FIGURE_GROUPS).flat();
    expect(new Set(all).size).toBe(all.length);
    const figures = [...all.map((k) => figure(k)), figure('websiteOpenOver90DaysSqlInjectionShare')];
    expect(ungroupedFigures(figures).map((f) => f.key)).toEqual(['websiteOpenOver90DaysSqlInjectionShare']);
  });
});

describe('the intake table', () => {
  const p = {
    quarterlyCumulativeReports: [
      { quarter: '2020Q2', cumulativeReports: 15000, reportsPerWorkingDay: 4, source: source('report') },
      { quarter: '2008Q4', cumulativeReports: 5000, reportsPerWorkingDay: 4.2, source: source('report') },
    ],
    intakeHistory: [
      { quarter: '2008Q4', software: 1000, web: 4000, total: 5000, note: null, source: source('news A', 'SECONDARY') },
      { quarter: '2006Q1', software: 500, web: 300, total: 800, note: null, source: source('news B', 'SECONDARY') },
      { quarter: '2007Q1', software: 600, web: 400, total: 1000, note: null, source: source('news A', 'SECONDARY') },
    ],
  } as unknown as Partnership;

  it('has one row per quarter of either source, in quarter order, with the report beside the news', () => {
    expect(intakeTable(p)).toEqual([
      ['2006Q1', 500, 300, 800, null],
      ['2007Q1', 600, 400, 1000, null],
      ['2008Q4', 1000, 4000, 5000, 5000],
      ['2020Q2', null, null, null, 15000],
    ]);
  });

  it('cites each news write-up once', () => {
    expect(newsSources(p).map((s) => s.label)).toEqual(['news A', 'news B']);
  });
});

it('countOf reads an outcome and gives 0 for one the data lacks', () => {
  const rows = [{ outcome: 'PUBLISHED', count: 2141 }];
  expect(countOf(rows, 'PUBLISHED')).toBe(2141);
  expect(countOf(rows, 'IN_HANDLING')).toBe(0);
});
