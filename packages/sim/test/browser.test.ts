import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimulation } from '../src/index.ts';
import { model } from './model.ts';

// The same browser the e2e tests drive (test/e2e/lib/browser.ts reads the same variable).
const CHROMIUM = process.env.KAIJI_CHROMIUM ?? '/usr/bin/chromium';
// A developer without Chromium may skip this check; CI may not, so there a missing browser fails the run.
const inCi = !!process.env.CI && process.env.CI !== 'false';
const input = {
  trials: 6,
  seed: 77,
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
  legalMandate: { remediationDays: 30, compliance: 0.6 },
  bounty: { amountJpy: 80_000 },
  // A projection too: the intake drawn past the data must agree to the bit as well.
  until: '2023-12-31',
  startsOn: '2021-04-01',
};

/** A 32-bit FNV-1a of the JSON with its length: what the page prints, to compare without escaping issues. */
const fingerprint = `(text) => { let h = 0x811c9dc5; for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0; return text.length + ':' + h.toString(16); }`;

describe('given a browser build of the engine (Chromium, headless)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-sim-browser-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(existsSync(CHROMIUM) || inCi)('gives byte for byte the JSON that Node gives', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI needs Chromium at ${CHROMIUM} for the Node-equals-browser check (.ci/run installs it)`);
    }
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { runSimulation } from ${JSON.stringify(join(import.meta.dirname, '../src/index.ts'))};`,
        `const model = ${JSON.stringify(model)};`,
        `const text = JSON.stringify(runSimulation(${JSON.stringify(input)}, model));`,
        `document.getElementById('out').textContent = (${fingerprint})(text);`,
      ].join('\n'),
    );
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><html><body><pre id="out">pending</pre><script>${bundle.outputFiles[0]!.text}</script></body></html>`,
    );
    const dom = execFileSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--dump-dom',
        `file://${join(dir, 'page.html')}`,
      ],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const inBrowser = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1];
    // The same fingerprint source the page runs, evaluated here so both sides hash with one function.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const inNode = (new Function(`return ${fingerprint}`)() as (t: string) => string)(
      JSON.stringify(runSimulation(input, model)),
    );
    expect(inBrowser).toBe(inNode);
  });
});
