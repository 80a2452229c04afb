import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { emptyScenario, fromInput, scenarioFromLevers, scenarioFromSearch, scenarioSearch, toInput } from './scenario';

describe('given a scenario', () => {
  it('survives the round trip through a shared URL exactly', () => {
    const s = scenarioFromLevers(
      {
        forcedPublication: { afterDays: 45, appliesTo: 'UNREACHABLE_VENDORS' },
        bounty: { amountJpy: 70000 },
        acknowledgement: true,
      },
      { assumptions: { 'forcedPublication.anticipation': 0.3 }, trials: 300, seed: 42 },
    );
    s.legalMandate = { remediationDays: 30, compliance: 0.55 };
    s.staffCapacity = { reportsPerWorkingDay: 5.5 };
    const search = scenarioSearch(s, '1.0.0');
    expect(search).toContain('forcedPublication.afterDays=45');
    expect(search).toContain('engine=1.0.0');
    const back = scenarioFromSearch(new URLSearchParams(search));
    expect(back.hasLevers).toBe(true);
    expect(toInput(back.scenario)).toEqual(toInput(s));
  });

  it('sends the engine only what is set', () => {
    expect(toInput(emptyScenario())).toEqual({});
    expect(toInput(scenarioFromLevers({ acknowledgement: true }))).toEqual({ acknowledgement: true });
  });

  it('reads back a saved input', () => {
    const input = toInput(scenarioFromLevers(PRESETS.find((p) => p.key === 'cisa-bod-20-01')!.levers));
    expect(toInput(fromInput(input))).toEqual(input);
  });
});

describe('given a link without levers', () => {
  it('reports that it has none, so the page can apply the preset', () => {
    expect(scenarioFromSearch(new URLSearchParams('preset=cert-cc')).hasLevers).toBe(false);
  });
  it('ignores junk assumption keys', () => {
    const { scenario } = scenarioFromSearch(
      new URLSearchParams('assumption.__proto__=1&assumption.bounty.supplyElasticity=0.2'),
    );
    expect(scenario.assumptions).toEqual({ 'bounty.supplyElasticity': 0.2 });
  });
});

describe('given a preset link with a pinned assumption', () => {
  it('applies the preset (assumptions are not levers) and keeps the assumption', () => {
    const { scenario, hasLevers } = scenarioFromSearch(
      new URLSearchParams('preset=cert-cc&assumption.forcedPublication.anticipation=0.8'),
    );
    expect(hasLevers).toBe(false);
    expect(scenario.assumptions).toEqual({ 'forcedPublication.anticipation': 0.8 });
  });
});

describe('given a start date and a horizon', () => {
  it('carries them through the URL and a saved input', () => {
    const s = scenarioFromLevers(
      { acknowledgement: true },
      {
        assumptions: {},
        trials: null,
        seed: null,
        startsOn: '2027-04-01',
        until: '2035-03-31',
      },
    );
    expect(toInput(s)).toEqual({ acknowledgement: true, startsOn: '2027-04-01', until: '2035-03-31' });
    const back = scenarioFromSearch(new URLSearchParams(scenarioSearch(s, '1.0.0')));
    expect(toInput(back.scenario)).toEqual(toInput(s));
    expect(toInput(fromInput(toInput(s)))).toEqual(toInput(s));
  });
});
