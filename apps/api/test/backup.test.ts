import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportScenarios, importScenarios, parseBackup } from '../src/scenarios/backup.ts';
import { ScenarioStore } from '../src/scenarios/store.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let stores: ScenarioStore[];
const store = (name: string) => {
  const s = new ScenarioStore(join(dir, `${name}.sqlite`));
  stores.push(s);
  return s;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaiji-backup-'));
  stores = [];
});
afterEach(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const save = (s: ScenarioStore, name: string) =>
  s.insert({ name, description: '説明', input: { seed: 1, bounty: { amountJpy: 100000 } }, engineVersion: '1.0.0' });

describe('given a backup of the scenario store', () => {
  it('restores every scenario as it was (id, time, input) into an empty store, and again changes nothing', () => {
    const from = store('from');
    save(from, '45 日ルール');
    save(from, '=HYPERLINK("http://example.invalid","x")');
    const backup = parseBackup(JSON.stringify(exportScenarios(from)), 'backup.json');
    const to = store('to');
    expect(importScenarios(to, backup)).toEqual({ added: 2, unchanged: 0, differing: [] });
    expect(to.all()).toEqual(from.all());
    expect(importScenarios(to, backup)).toEqual({ added: 0, unchanged: 2, differing: [] });
    expect(to.all()).toEqual(from.all());
  });

  it('keeps a scenario renamed since the backup, and says so', () => {
    const s = store('s');
    const row = save(s, 'before');
    const backup = exportScenarios(s);
    s.rename(row.id, 'after');
    expect(importScenarios(s, backup)).toEqual({ added: 0, unchanged: 0, differing: [{ id: row.id, name: 'after' }] });
    expect(s.get(row.id)?.name).toBe('after');
  });

  it('refuses a file that is not a backup, naming where', () => {
    expect(() => parseBackup('{', 'b.json')).toThrow(/^b\.json: not JSON/);
    expect(() =>
      parseBackup('{"format":"kaiji-scenarios","version":1,"exportedAt":"x","scenarios":[]}', 'b.json'),
    ).toThrow(/^b\.json: exportedAt: /);
    expect(() =>
      parseBackup(JSON.stringify({ ...exportScenarios(store('e')), scenarios: [{ id: 'a', name: '' }] }), 'b.json'),
    ).toThrow(/^b\.json: scenarios\.0\.name: /);
  });

  it('runs as pnpm scenarios:export and scenarios:import', async () => {
    const run = promisify(execFile);
    const from = store('cli-from');
    save(from, 'CLI');
    from.close();
    const file = join(dir, 'backup.json');
    const env = { ...process.env, KAIJI_SCENARIOS_DB: join(dir, 'cli-from.sqlite') };
    await run('pnpm', ['-s', 'scenarios:export', file], { cwd: ROOT, env });
    expect(JSON.parse(readFileSync(file, 'utf8')).scenarios.map((s: { name: string }) => s.name)).toEqual(['CLI']);
    const into = { ...process.env, KAIJI_SCENARIOS_DB: join(dir, 'cli-to.sqlite') };
    const first = await run('pnpm', ['-s', 'scenarios:import', file], { cwd: ROOT, env: into });
    expect(first.stderr).toMatch(/1 added, 0 already there/);
    const second = await run('pnpm', ['-s', 'scenarios:import', file], { cwd: ROOT, env: into });
    expect(second.stderr).toMatch(/0 added, 1 already there/);
  }, 120_000);
});
