import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema/knowledge-base.ts',
  out: './drizzle/knowledge-base',
});
