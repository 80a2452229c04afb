import { readFileSync } from 'node:fs';
import { Kind, buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as partnership from './partnership';
import * as programs from './programs';
import * as scenarios from './scenarios';
import * as sources from './sources';
import * as changes from './changes';
import * as websiteOperators from './website-operators';
import * as simulation from './simulation';
import * as backtest from './backtest';

/** The schema the API serves, as it commits it: the UI's operations must stay valid against it. */
const schema = buildSchema(readFileSync(new URL('../../../../../api/schema.graphql', import.meta.url), 'utf8'));

// Operations typed with graphql() ($lib/graphql) are document nodes; those not yet converted are text.
const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;

const documents: [string, DocumentNode][] = Object.entries({
  ...programs,
  ...partnership,
  ...sources,
  ...scenarios,
  ...changes,
  ...websiteOperators,
  ...simulation,
  ...backtest,
} as Record<string, unknown>).flatMap(([name, value]): [string, DocumentNode][] => {
  if (isDocument(value))
    return value.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) ? [[name, value]] : [];
  return typeof value === 'string' && /^\s*(query|mutation)\b/.test(value) ? [[name, parse(value)]] : [];
});

describe('given the API schema', () => {
  it('finds the operations, typed and not yet typed', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['SOURCES_QUERY', 'PARTNERSHIP_QUERY']));
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents)('%s is a valid operation', (_name, document) => {
    // Printed and parsed again: what the server is sent, checked with graphql-js's own validation.
    expect(validate(schema, parse(print(document))).map((e) => e.message)).toEqual([]);
  });
});
