import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
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

  it('every text with a language takes `lang: Lang = EN`', () => {
    const sdl = printServedSchema();
    const withLang = sdl.match(/lang: Lang = EN/g) ?? [];
    expect(withLang.length).toBeGreaterThan(20);
    expect(sdl).not.toMatch(/lang: Lang[^ ]/);
  });
});
