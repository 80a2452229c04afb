import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  getNamedType,
  findBreakingChanges,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printServedSchema } from '../src/print-schema.ts';
import { startServer, type TestServer } from './server.ts';

import { contractSchema } from './contract.ts';

/** String fields that carry no language: identifiers, codes, dates, URLs, machine-readable values. */
const LANGUAGE_FREE_NAME =
  /^(key|slug|value|impliesValue|code|field|cursor|startCursor|endCursor|url|asOf|date|validFrom|validTo|accessed|published|createdAt|intakeStart|dataEndsOn|intakeFittedTo|quarter|quarters|mark|engineVersion|modelVersion|jurisdiction|kind|confidence|unit)$/;
/** Identifiers and locators whose names could also be texts elsewhere, so they are listed one by one. */
const LANGUAGE_FREE_FIELDS = [
  'BacktestOrigin.origin',
  'BacktestPoint.series',
  'BacktestScore.series',
  'DamageCase.number',
  'DamageCase.table',
  'DamageCaseCell.column',
  'DamageCaseColumn.group',
  'DamageCaseConsideration.section',
  'DamageCaseLegendMark.table',
  'OperatorSurveyConclusion.section',
  'SensitivityBar.assumption',
];
/**
 * Texts in the one language their author wrote them in (a saved scenario's name, description and input; the
 * report's own row text, marks, figures and question numbers as printed; a source's bibliographic entry; the text a search was asked for), and a series' name,
 * which is its identifier.
 */
const AS_WRITTEN = [
  'Scenario.name',
  'SimulationSeries.name',
  'Scenario.description',
  'Scenario.input',
  'SurveyFinding.raw',
  'SurveyRow.label',
  'SurveyRow.rawRow',
  'Source.locator',
  'SourceEntry.publisher',
  'SourceEntry.readVia',
  'SearchResults.text',
  'DamageCase.raw',
  'DamageCase.cloud',
  'OperatorSurveyFigure.printed',
  'OperatorSurveyFigure.question',
];

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('given the public contract', () => {
  it('the schema served over HTTP is a backward-compatible superset of it', async () => {
    const introspection = await server.data<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    const served = buildClientSchema(introspection);
    const contract = contractSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('the committed apps/api/schema.graphql is what the code prints (run `pnpm schema:print`)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    expect(committed, 'schema.graphql is stale: run `pnpm --filter @kaiji/api schema:print`').toBe(printServedSchema());
  });

  it('documents every type, field and argument', async () => {
    const introspection = await server.data<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    const served = buildClientSchema(introspection);
    const missing: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('every text with a language takes `lang: Lang = EN`; every other String field is language-free by name or listed', () => {
    const sdl = printServedSchema();
    expect(sdl).not.toMatch(/lang: Lang[^ ]/);
    const withLang: string[] = [];
    const withoutLang: string[] = [];
    for (const type of Object.values(buildSchema(sdl).getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== 'String') continue;
        const name = `${type.name}.${field.name}`;
        if (field.args.some((arg) => arg.name === 'lang')) withLang.push(name);
        else if (
          !LANGUAGE_FREE_NAME.test(field.name) &&
          !LANGUAGE_FREE_FIELDS.includes(name) &&
          !AS_WRITTEN.includes(name)
        )
          withoutLang.push(name);
      }
    }
    expect(
      withoutLang,
      'a String field in a language needs `lang: Lang = EN` (or, if it has none, a place below)',
    ).toEqual([]);
    expect(withLang).toContain('Program.name');
    expect(withLang).toContain('TaxonomyValue.label');
  });
});
