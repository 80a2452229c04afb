// @vitest-environment happy-dom
import { runSimulation } from '@kaiji/sim';
import { resolve } from 'node:path';
import { loadSimulationModel } from '@kaiji/sim/node';
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioFromLevers } from '$lib/simulate/scenario';
import ResultTiles from './ResultTiles.svelte';

afterEach(cleanup);

const model = loadSimulationModel(resolve(process.cwd(), '../../data'));
const levers = {
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' as const },
  bounty: { amountJpy: 70000 },
  legalMandate: { remediationDays: 30, compliance: 0.5 },
};
const result = runSimulation(levers, model, { mode: 'preview' });
/** The tiles in view: the first list, not the folded one. */
const tileKeys = (root: HTMLElement) =>
  [...root.querySelector('ul.tiles')!.children].map((li) => li.getAttribute('data-metric'));

describe('given three levers with a bounty', () => {
  it('shows the bounty cost and each lever own metric in presentation mode, and nothing folded', () => {
    const { container } = render(ResultTiles, {
      props: { result, scenario: scenarioFromLevers(levers), present: true },
    });
    const keys = tileKeys(container);
    expect(keys[0]).toBe('BOUNTY_COST_JPY');
    expect(keys).toContain('PRODUCT_IN_HANDLING');
    expect(keys).toContain('WEBSITE_IN_HANDLING');
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(container.querySelector('details')).toBeNull();
  });

  it('shows six tiles and folds the rest on the page, saying at which date they are read', () => {
    const { container } = render(ResultTiles, { props: { result, scenario: scenarioFromLevers(levers) } });
    expect(tileKeys(container)).toHaveLength(6);
    expect(container.querySelectorAll('details li.tile')).toHaveLength(result.metrics.length - 6);
    expect(container.querySelector('.read-at')?.textContent).toBe('2020年9月30日時点の値');
    const cost = container.querySelector('li[data-metric="BOUNTY_COST_JPY"] [data-value="scenario"]');
    expect(cost?.textContent).toMatch(/^￥[\d,]+$/);
  });
});
