// The knowledge base's tables, one module per part of the report; drizzle-kit reads this file's exports.
// Column types come from the kb's zod enums (.$type), so the database never widens the domain.
export { sources } from './knowledge-base/sources.ts';
export * from './knowledge-base/programs.ts';
export * from './knowledge-base/taxonomy.ts';
export * from './knowledge-base/policy-options.ts';
export * from './knowledge-base/partnership.ts';
export * from './knowledge-base/website-operators.ts';
