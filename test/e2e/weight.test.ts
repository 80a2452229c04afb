// The weight of a first visit (issue 10 point 8): static assets arrive compressed when the browser asks, and the
// simulator's first load stays under a script budget. Bytes, not time: a slow machine cannot make this flaky.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { newVisitorContext } from './lib/browser.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

/** The budget of issue 10: script transferred with gzip on a first load of /simulate, the engine's worker apart. */
const SCRIPT_BUDGET_GZIP = 250 * 1024;

/** What a client that asked for one encoding received. */
interface Received {
  bytes: number;
  encoding: string | null;
  vary: string | undefined;
}

/** The raw bytes a client asking only for `encoding` receives for a URL (node:http does not decompress). */
function compressedSize(url: string, encoding: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () =>
        resolve({ bytes, encoding: res.headers['content-encoding'] ?? null, vary: res.headers.vary }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every script and stylesheet a fresh visitor's browser loads for a path, and the worker scripts apart. */
async function firstLoad(path: string) {
  const context = await newVisitorContext(session.browser);
  const page = await context.newPage();
  const assets: { url: string; type: string; encoding: string | null }[] = [];
  const workers = new Set<string>();
  page.on('worker', (w) => workers.add(w.url()));
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      assets.push({ url: r.url(), type, encoding: (await r.allHeaders())['content-encoding'] ?? null });
  });
  try {
    await page.goto(session.kaiji.webUrl + path, { waitUntil: 'networkidle' });
    // The simulator starts its worker as soon as the page is interactive; wait for it to be seen.
    if (path.includes('simulate')) await page.waitForEvent('worker', { timeout: 15_000 }).catch(() => {});
  } finally {
    await context.close();
  }
  const isWorker = (url: string) => workers.has(url) || /\/workers\//.test(new URL(url).pathname);
  return { assets: assets.filter((a) => !isWorker(a.url)), workers: [...workers] };
}

describe('weight', () => {
  for (const path of ['/simulate', '/en/simulate']) {
    test(`${path}: first load has under 250 KB of script with gzip, the worker apart`, async () => {
      const { assets, workers } = await firstLoad(path);
      const scripts = assets.filter((a) => a.type === 'script');
      assert.ok(scripts.length > 0, 'no script loaded');
      assert.ok(workers.length > 0, 'the simulator started no worker: the budget would be measured on a broken page');
      let gzip = 0;
      let identity = 0;
      for (const s of scripts) {
        const g = await compressedSize(s.url, 'gzip');
        assert.equal(g.encoding, 'gzip', `${s.url} is not served gzip to a client that asks for it`);
        gzip += g.bytes;
        identity += (await compressedSize(s.url, 'identity')).bytes;
      }
      // Reported for the lead's note (before/after weight); the assertion is the budget alone.
      console.log(
        JSON.stringify({
          path,
          scripts: scripts.length,
          identityBytes: identity,
          gzipBytes: gzip,
          workers: workers.length,
        }),
      );
      assert.ok(gzip < SCRIPT_BUDGET_GZIP, `${path}: ${gzip} bytes of script (gzip), budget ${SCRIPT_BUDGET_GZIP}`);
    });
  }

  test('scripts and stylesheets reach Chromium compressed (br or gzip), with Vary: Accept-Encoding', async () => {
    const { assets } = await firstLoad('/programs');
    assert.ok(assets.some((a) => a.type === 'stylesheet'));
    for (const a of assets) {
      assert.ok(['br', 'gzip'].includes(a.encoding ?? ''), `${a.url} arrived with content-encoding ${a.encoding}`);
      const { vary } = await compressedSize(a.url, 'br');
      assert.match(String(vary), /accept-encoding/i, `${a.url}: caches must keep encodings apart`);
    }
  });

  test('a client that asks for no compression gets the plain file', async () => {
    const { assets } = await firstLoad('/');
    assert.ok(assets[0], 'the home page loads a script or a stylesheet');
    const plain = await compressedSize(assets[0].url, 'identity');
    assert.equal(plain.encoding, null);
    assert.ok(plain.bytes > 0);
  });
});
