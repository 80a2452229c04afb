// pnpm scenarios:export [file]   writes every saved scenario as JSON (to stdout without a file)
// pnpm scenarios:import <file>   puts back those the store lacks; running it again changes nothing
// The store is var/scenarios.sqlite, or KAIJI_SCENARIOS_DB; the API may keep running meanwhile (SQLite WAL).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportScenarios, importScenarios, parseBackup } from './backup.ts';
import { ScenarioStore } from './store.ts';

const [command, fileArg] = process.argv.slice(2);
// pnpm runs root scripts in the repository root; a relative path means where the command was typed.
const file = fileArg ? resolve(process.env.INIT_CWD ?? process.cwd(), fileArg) : undefined;
const store = new ScenarioStore();
try {
  if (command === 'export') {
    const backup = exportScenarios(store);
    const text = `${JSON.stringify(backup, null, 2)}\n`;
    if (file) writeFileSync(file, text);
    else process.stdout.write(text);
    console.error(`exported ${backup.scenarios.length} scenario(s) from ${store.path}${file ? ` to ${file}` : ''}`);
  } else if (command === 'import' && file) {
    const report = importScenarios(store, parseBackup(readFileSync(file, 'utf8'), file));
    console.error(
      `imported into ${store.path}: ${report.added} added, ${report.unchanged} already there, ${report.differing.length} kept as the store has them (same id, different content)`,
    );
    for (const d of report.differing) console.error(`  kept: ${d.id} ${JSON.stringify(d.name)}`);
  } else {
    console.error('usage: pnpm scenarios:export [file.json] | pnpm scenarios:import <file.json>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  store.close();
}
