import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMAS, renderJsonSchema } from '../json-schema.ts';

const dir = fileURLToPath(new URL('../../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(`${dir}${file}`, renderJsonSchema(schema));
  console.log(`wrote packages/kb/schema/${file}`);
}
