import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, loadKnowledgeBase } from '@kaiji/kb';
import { buildKnowledgeBase } from '../src/build-knowledge-base.ts';

// db:build against its own baseline in the same run: loading and checking data/ without writing SQLite.
const runs = 15;
const dataDir = defaultDataDir();
const path = join(mkdtempSync(join(tmpdir(), 'kaiji-bench-')), 'kaiji.sqlite');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
time(() => buildKnowledgeBase(dataDir, path)); // warm-up
const load = median(Array.from({ length: runs }, () => time(() => loadKnowledgeBase(dataDir))));
const build = median(Array.from({ length: runs }, () => time(() => buildKnowledgeBase(dataDir, path))));
const line = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ name, value: Number(value.toFixed(3)), unit }));
line('db.load-and-check-data.median', load, 'ms');
line('db.build.median', build, 'ms');
line('db.build-over-load.ratio', build / load, 'ratio');
