import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as partnership from './partnership';
import * as programs from './programs';
import * as scenarios from './scenarios';
import * as sources from './sources';
import * as changes from './changes';
import * as websiteOperators from './website-operators';
import * as exports from './exports';
import * as simulation from './simulation';

/** The schema the API serves, as it commits it: the UI's operations must stay valid against it. */
const schema = buildSchema(readFileSync(new URL('../../../../../api/schema.graphql', import.meta.url), 'utf8'));

const documents: [string, string][] = Object.entries({
  ...programs,
  ...partnership,
  ...sources,
  ...scenarios,
  ...changes,
  ...websiteOperators,
  ...exports,
  ...simulation,
} as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'string' && /^\s*(query|mutation)\b/.test(value) ? [[name, value] as [string, string]] : [],
);

describe('given the API schema', () => {
  it.each(documents)('%s is a valid operation', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
