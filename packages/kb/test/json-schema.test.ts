import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, renderJsonSchema } from '../src/json-schema.ts';

describe('given the JSON Schemas that editors use for data/', () => {
  it.each(Object.keys(JSON_SCHEMAS))(
    '%s is generated from the current zod schema (run pnpm --filter @kaiji/kb json-schema)',
    (file) => {
      const committed = readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');
      expect(committed).toBe(renderJsonSchema(JSON_SCHEMAS[file as keyof typeof JSON_SCHEMAS]));
    },
  );
});
