import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: server exited with ${child.exitCode}\n${log.join('').slice(-4000)}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms\n${log.join('').slice(-4000)}`);
}

/** A server started by startScript: its output's last lines, and how to stop it (and its children). */
interface Started {
  stop: () => Promise<void>;
  log: string[];
}

/**
 * Runs the `start` script of one workspace package (`apps/api`, `apps/web`): the same command `pnpm start` runs,
 * through sh in the package's folder with its and the root's node_modules/.bin first on PATH, as pnpm runs it.
 * Not through `pnpm --filter`, whose own start (reading the workspace) cost about 1 s of CPU and 2 to 4 s of wall
 * time per server on this machine, twice per test file. Its own process group, so that stopping it stops its
 * children.
 */
function startScript(
  packageDir: string,
  env: Record<string, string>,
  healthUrl: string,
  timeoutMs: number,
): Promise<Started> {
  const log: string[] = [];
  const dir = join(ROOT, packageDir);
  const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const bins = [join(dir, 'node_modules', '.bin'), join(ROOT, 'node_modules', '.bin')];
  const child = spawn('sh', ['-c', scripts.start], {
    cwd: dir,
    env: { ...process.env, ...env, PATH: [...bins, process.env.PATH].join(':') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: unknown) => {
    log.push(String(d));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
      }, 5000).unref();
    });
  return waitFor(healthUrl, child, log, timeoutMs).then(
    () => ({ stop, log }),
    async (e) => {
      await stop();
      throw e;
    },
  );
}

/**
 * The real API and web servers on free ports, started with the same commands as the root `pnpm start`. The
 * web app builds first if its build is missing or stale.
 */
export async function startKaiji({ protectWrites = true } = {}) {
  // Saved scenarios go to a store of the test's own; writes need the secretariat's sign-in (the write token)
  // unless the test asks for a server open to all.
  const scratch = mkdtempSync(join(tmpdir(), 'kaiji-e2e-'));
  const writeToken = protectWrites ? `e2e-${process.pid}-${Date.now()}` : null;
  const shared = {
    KAIJI_SCENARIOS_DB: join(scratch, 'scenarios.sqlite'),
    KAIJI_WRITE_TOKEN: writeToken ?? '',
  };
  const apiPort = await freePort();
  const webPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  // Both start at once: the web server needs the API only to answer, and its health check (the home page) is
  // retried until the API answers too. Started one after the other, every test file waited for both in turn.
  const [api, web] = await Promise.allSettled([
    startScript(
      'apps/api',
      { ...shared, KAIJI_API_PORT: String(apiPort) },
      `http://127.0.0.1:${apiPort}/health`,
      90_000,
    ),
    startScript(
      'apps/web',
      { ...shared, KAIJI_WEB_PORT: String(webPort), KAIJI_API_URL: apiUrl },
      `http://127.0.0.1:${webPort}/`,
      180_000,
    ),
  ]);
  if (api.status === 'rejected' || web.status === 'rejected') {
    // A server that failed has stopped itself; stop the other one.
    await Promise.all([api, web].flatMap((s) => (s.status === 'fulfilled' ? [s.value.stop()] : [])));
    throw api.status === 'rejected' ? api.reason : (web as PromiseRejectedResult).reason;
  }
  return {
    apiUrl,
    webUrl: `http://127.0.0.1:${webPort}`,
    writeToken,
    async stop() {
      await Promise.all([web.value.stop(), api.value.stop()]);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
