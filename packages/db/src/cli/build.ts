import { resolve } from 'node:path';
import { defaultDataDir, formatProblem } from '@kaiji/kb';
import { buildKnowledgeBase } from '../build-knowledge-base.ts';
import { defaultKnowledgeBasePath } from '../paths.ts';

// `pnpm db:build [dataDir] [dbPath]`: refuses an invalid data folder and leaves the previous database intact.
const cwd = process.env.INIT_CWD ?? process.cwd();
const dataDir = process.argv[2] ? resolve(cwd, process.argv[2]) : defaultDataDir();
const dbPath = process.argv[3] ? resolve(cwd, process.argv[3]) : defaultKnowledgeBasePath();
const result = buildKnowledgeBase(dataDir, dbPath);
if (result.ok) {
  console.log(
    `${result.path}: built from ${dataDir} (${result.programs} programs) in ${result.milliseconds.toFixed(0)} ms`,
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`refused: ${result.problems.length} problem(s) in ${dataDir}; the previous database is unchanged`);
  process.exitCode = 1;
}
