export * from './common.ts';
export * from './source.ts';
export * from './taxonomy.ts';
export * from './program.ts';
export * from './policy-option.ts';
export * from './partnership.ts';
export * from './website-operators.ts';
