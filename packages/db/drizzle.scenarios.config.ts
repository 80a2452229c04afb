import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema/scenarios.ts',
  out: './drizzle/scenarios',
});
