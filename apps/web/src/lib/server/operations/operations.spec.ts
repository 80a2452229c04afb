import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as partnership from './partnership';
import * as programs from './programs';

/** The schema the API serves, as it commits it: the UI's operations must stay valid against it. */
const schema = buildSchema(readFileSync(new URL('../../../../../api/schema.graphql', import.meta.url), 'utf8'));

const documents = Object.entries({ ...programs, ...partnership }).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
);

describe('given the API schema', () => {
  it.each(documents)('%s is a valid operation', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
