import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir } from '../src/data-dir.ts';

/** A scratch copy of the real data folder that a test may break at will. */
export function copyOfData(): {
  dir: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-data-'));
  cpSync(defaultDataDir(), dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(dir, file), text);
    },
  };
}
