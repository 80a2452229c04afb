import type { SimulationResult, SimulationInputRaw } from '@kaiji/sim';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_DELAY_MS, SimulatePage, type EngineRunner } from './simulate-page.svelte';

/** A runner that records what it was asked to run. */
class FakeRunner implements EngineRunner {
  preview: SimulationResult | null = null;
  full: SimulationResult | null = null;
  fullResultKey: string | null = null;
  running = false;
  previews: SimulationInputRaw[] = [];
  fulls: SimulationInputRaw[] = [];
  runPreview(input: SimulationInputRaw) {
    this.previews.push(input);
  }
  runFull(input: SimulationInputRaw) {
    this.fulls.push(input);
  }
}

const ASSUMPTIONS = [{ key: 'forcedPublication.anticipation', range: [0, 1] as [number, number] }];

function open(search: string) {
  const writes: { search: string; replace: boolean }[] = [];
  const page = new SimulatePage(new URLSearchParams(search), '1.0.0', ASSUMPTIONS, (s, how) =>
    writes.push({ search: s, replace: how.replace }),
  );
  const runner = new FakeRunner();
  page.attach(runner);
  page.ready();
  return { page, runner, writes };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('given a link', () => {
  it('runs its scenario and puts the canonical link in place of it, without a history entry', () => {
    const { page, runner, writes } = open('preset=cert-cc&foo=1');
    expect(runner.fulls).toEqual([{ forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } }]);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.replace).toBe(true);
    expect(writes[0]!.search).not.toContain('foo');
    expect(page.ignored.map((i) => i.param)).toEqual(['foo']);
    expect(page.presetKey).toBe('cert-cc');
  });
});

describe('given a settled change', () => {
  it('writes one history entry after the pause, with the new scenario', () => {
    const { page, writes } = open('preset=cert-cc');
    for (const days of [46, 47, 48]) page.change((s) => (s.forcedPublication!.afterDays = days), true);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(COMMIT_DELAY_MS);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toEqual({ search: expect.stringContaining('afterDays=48'), replace: false });
  });

  it('changes the chart in place, not in the history', () => {
    const { page, writes } = open('preset=cert-cc');
    page.stepChart(1);
    expect(page.chart).toBe('productPublishedCumulative');
    expect(writes.at(-1)).toEqual({
      search: expect.stringContaining('chart=productPublishedCumulative'),
      replace: true,
    });
  });
});

describe('given Back to an earlier entry', () => {
  it('restores that entry scenario and runs it', () => {
    const { page, runner } = open('preset=cert-cc');
    page.applyPreset('kisa-krcert');
    expect(page.presetKey).toBe('kisa-krcert');
    page.restore(new URLSearchParams('preset=cert-cc&engine=1.0.0'));
    expect(page.presetKey).toBe('cert-cc');
    expect(runner.fulls.at(-1)).toEqual({ forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } });
  });

  it('does nothing when the entry is the view on screen (its own navigation)', () => {
    const { page, runner } = open('preset=cert-cc');
    const runs = runner.fulls.length;
    page.restore(new URLSearchParams(page.search.slice(1)));
    expect(runner.fulls.length).toBe(runs);
  });
});

describe('given a field holding a value that cannot run', () => {
  it('is not valid until the field is fixed or goes away', () => {
    const { page } = open('');
    expect(page.valid).toBe(true);
    page.setInvalid('fp-days', true);
    page.setInvalid('bounty', true);
    expect(page.valid).toBe(false);
    page.setInvalid('fp-days', false);
    expect(page.valid).toBe(false);
    page.setInvalid('bounty', false);
    expect(page.valid).toBe(true);
  });
});

describe('given pinned assumptions', () => {
  it('drops a pin set back to the default and resets them apart from the levers', () => {
    const { page } = open('preset=cert-cc&assumption.forcedPublication.anticipation=0.8');
    expect(page.scenario.assumptions).toEqual({ 'forcedPublication.anticipation': 0.8 });
    page.setAssumption('forcedPublication.anticipation', 0.3, 0.3, true);
    expect(page.scenario.assumptions).toEqual({});
    page.setAssumption('forcedPublication.anticipation', 0.5, 0.3, true);
    page.resetAssumptions();
    expect(page.scenario.assumptions).toEqual({});
    expect(page.presetKey).toBe('cert-cc');
  });
});

describe('given a start date and a horizon', () => {
  it('reads them from the link, keeps them through a preset, and writes them back', () => {
    const { page, writes } = open('preset=cert-cc&startsOn=2027-04-01&until=2030-03-31');
    expect(page.scenario.startsOn).toBe('2027-04-01');
    expect(page.presetKey).toBe('cert-cc');
    page.applyPreset('kisa-krcert');
    expect(page.input).toEqual({ bounty: { amountJpy: 70000 }, startsOn: '2027-04-01', until: '2030-03-31' });
    expect(writes.at(-1)!.search).toContain('startsOn=2027-04-01');
  });

  it('moves a start after a shorter horizon back to "always"', () => {
    const { page } = open('startsOn=2027-04-01&until=2030-03-31');
    page.setTiming({ until: null });
    expect(page.scenario.until).toBeNull();
    expect(page.scenario.startsOn).toBeNull();
  });

  it('ignores a horizon that is not a quarter end or lies past 2040-03-31, naming why', () => {
    const { page } = open('until=2030-02-28&startsOn=2099-01-01');
    expect(page.ignored.map((i) => [i.param, i.problem])).toEqual([
      ['until', 'notQuarterEnd'],
      ['startsOn', 'dateOutside'],
    ]);
    expect(page.input).toEqual({});
  });
});

describe('the run state', () => {
  const result = (mode: 'preview' | 'monteCarlo') => ({ mode }) as SimulationResult;

  it('waits, then shows a preview, then the full run of the current input', () => {
    const { page } = open('preset=cert-cc');
    expect(page.runState).toBe('waiting');
    expect(page.busy).toBe(true);
    const withPreview = open('preset=cert-cc');
    withPreview.runner.preview = result('preview');
    expect(withPreview.page.runState).toBe('preview');
    const done = open('preset=cert-cc');
    done.runner.full = result('monteCarlo');
    done.runner.fullResultKey = done.page.inputKey;
    expect(done.page.runState).toBe('done');
    expect(done.page.busy).toBe(false);
  });

  it('is running while the engine is, and invalid (not busy) while a field cannot run', () => {
    const running = open('preset=cert-cc');
    running.runner.preview = result('preview');
    running.runner.running = true;
    expect(running.page.runState).toBe('running');
    expect(running.page.busy).toBe(true);
    const { page } = open('preset=cert-cc');
    page.setInvalid('fp-days', true);
    expect(page.runState).toBe('invalid');
    expect(page.busy).toBe(false);
  });
});

describe('the meeting files', () => {
  it("carry the scenario, and the tornado's metric once the reader picks one", () => {
    const { page } = open('preset=cert-cc');
    expect(page.fileSearch).toBe(page.search);
    page.tornadoMetric = 'PRODUCT_IN_HANDLING';
    expect(page.fileSearch).toBe(`${page.search}&metric=PRODUCT_IN_HANDLING`);
  });
});

describe('presentation keys', () => {
  it('step the charts outside a field, leave with Escape, and do nothing outside the mode', () => {
    const { page } = open('preset=cert-cc');
    expect(page.presentKey('ArrowRight', false)).toBeNull();
    page.setPresent(true);
    const first = page.chart;
    expect(page.presentKey('ArrowRight', true)).toBeNull();
    expect(page.chart).toBe(first);
    expect(page.presentKey('ArrowRight', false)).toBe('step');
    expect(page.chart).not.toBe(first);
    expect(page.presentKey('ArrowLeft', false)).toBe('step');
    expect(page.chart).toBe(first);
    expect(page.presentKey('Escape', false)).toBe('exit');
    expect(page.present).toBe(false);
  });
});

describe('the result on screen', () => {
  it('is the latest result, and none while a field holds a value that cannot run', () => {
    const { page, runner } = open('preset=cert-cc');
    runner.preview = { mode: 'preview' } as SimulationResult;
    expect(page.onScreen).toBe(runner.preview);
    page.setInvalid('fp-days', true);
    expect(page.onScreen).toBeNull();
  });
});
