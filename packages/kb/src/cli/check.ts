import { resolve } from 'node:path';
import { defaultDataDir } from '../data-dir.ts';
import { formatProblem } from '../load/knowledge-base.ts';
import { loadKnowledgeBase } from '../load/load-knowledge-base.ts';

// `pnpm data:check [dir]`: every problem of every file, one per line, exit 1 if any.
const dir = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : defaultDataDir();
const result = loadKnowledgeBase(dir);
if (result.ok) {
  const { programs, sources } = result.kb;
  console.log(`${dir}: OK (${programs.length} programs, ${sources.length} sources)`);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${dir}: ${result.problems.length} problem(s)`);
  process.exitCode = 1;
}
