import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ROOT } from './servers.ts';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** Collects console errors, uncaught exceptions and CSP violations of a page. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Serious and critical axe violations (WCAG 2.1 A and AA rules), as readable lines. In axe's legacy mode: one
 * `axe.run` in the page, where the default mode runs each frame's part, then opens a second page and injects axe
 * there again to put the parts together. On a page without iframes (all of Kaiji's) both test the same nodes with
 * the same rules (the same violations, passes and incomplete results, compared on /about and /programs), and
 * legacy mode took about 40 % less time (2.6 s against 4.1 s on /about, 4.7 s against 8.7 s on /programs). A page
 * with a frame gets the default mode, which is the one that tests inside frames.
 */
export async function axeProblems(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until the simulator shows a finished Monte Carlo run. */
export async function waitForRun(page: Page, timeout = 30_000) {
  await page.locator('section.results[data-run-state="done"]').waitFor({ timeout });
}

/** The KPI tiles' scenario and baseline texts, by metric key. */
export async function kpis(page: Page) {
  return page.$$eval('li.tile[data-metric]', (tiles) =>
    Object.fromEntries(
      tiles.map((t) => [
        t.getAttribute('data-metric'),
        {
          scenario: t.querySelector('[data-value="scenario"]')?.textContent?.trim(),
          baseline: t.querySelector('[data-value="baseline"]')?.textContent?.trim(),
        },
      ]),
    ),
  );
}

/** Parses a number as the page prints it ("1,853", "45 日", "29.0%", "¥70,000"). */
export function parseShown(text: string | null | undefined) {
  return Number(
    String(text)
      .replace(/[^0-9.\-−]/g, '')
      .replace('−', '-'),
  );
}
