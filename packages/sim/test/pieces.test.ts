import { describe, expect, it } from 'vitest';
import { HistoryCache } from '../src/history-cache.ts';
import { parseSimulationInput } from '../src/input.ts';
import { resolveLevers } from '../src/levers.ts';
import {
  PRODUCT_CLASS_PUBLISHED,
  PRODUCT_RESOLVES,
  PRODUCT_STALLED,
  ProductDraws,
  productClassCode,
  setProductClass,
} from '../src/product-path.ts';
import { Outcome } from '../src/report-path.ts';
import {
  WEBSITE_CLASS_FIXED,
  WEBSITE_CLASS_NOT_VULNERABLE,
  WEBSITE_NOTIFIED,
  WebsiteDraws,
  setWebsiteClass,
  websiteClassCode,
} from '../src/website-path.ts';
import { prepareModel, type AssumptionKey } from '../src/runtime.ts';
import { TrialLevers } from '../src/trial-levers.ts';
import { model } from './model.ts';

const rt = prepareModel(model);

describe('given the history cache', () => {
  it('draws once per runtime and key, and again when either changes', () => {
    const cache = new HistoryCache();
    let draws = 0;
    const draw = () => {
      draws++;
      return [];
    };
    cache.get(rt, 'a', draw);
    cache.get(rt, 'a', draw);
    expect(draws).toBe(1);
    cache.get(rt, 'b', draw);
    expect(draws).toBe(2);
    cache.get(prepareModel(structuredClone(model)), 'b', draw);
    expect(draws).toBe(3);
  });
});

describe('given the levers of a trial', () => {
  const at = (key: AssumptionKey) => model.assumptions.find((a) => a.key === key)!.value;
  const context = {
    arrivals: rt.arrivals,
    products: rt.arrivals.productArrivals.length,
    websites: rt.arrivals.websiteArrivals.length,
    workingDays: at('calendar.workingDays'),
    totalWeekdays: rt.calendar.weekdays.reduce((a, b) => a + b, 0),
    // None of these inputs sets startsOn.
    startDay: 0,
  };
  const resolve = (raw: object) => {
    const lv = new TrialLevers(rt.quarters);
    resolveLevers(lv, rt, parseSimulationInput(raw, model.assumptions), at, context);
    return lv;
  };
  it('are off, with every staff factor 1, when the input sets none', () => {
    const lv = resolve({});
    expect([lv.forcedOn, lv.mandateOn, lv.staffActive, lv.productExtra, lv.websiteExtra]).toEqual([
      false,
      false,
      false,
      0,
      0,
    ]);
    expect([...lv.staffFactor].every((f) => f === 1)).toBe(true);
  });
  it('turn a bounty into induced reports by the constant elasticity, and load the staff', () => {
    const lv = resolve({ bounty: { amountJpy: 100_000 } });
    const multiplier =
      ((at('bounty.referenceRewardJpy') + 100_000) / at('bounty.referenceRewardJpy')) ** at('bounty.supplyElasticity');
    expect(lv.productExtra).toBe(Math.round(context.products * (multiplier - 1)));
    expect(lv.bountyJpy).toBe(100_000);
    expect(lv.staffActive).toBe(true);
    expect(Math.max(...lv.staffFactor)).toBeGreaterThan(1);
  });
  it('do not depend on an earlier trial', () => {
    const lv = new TrialLevers(rt.quarters);
    resolveLevers(lv, rt, parseSimulationInput({ bounty: { amountJpy: 100_000 } }, model.assumptions), at, context);
    resolveLevers(lv, rt, parseSimulationInput({}, model.assumptions), at, context);
    expect(lv).toEqual(resolve({}));
  });
});

describe('given the class encoding of report-path.ts', () => {
  it('round-trips every product class', () => {
    const d = new ProductDraws();
    for (const [path, outcome] of [
      [PRODUCT_STALLED, 0],
      [PRODUCT_RESOLVES, Outcome.PUBLISHED],
      [PRODUCT_RESOLVES, Outcome.NOT_VULNERABLE],
    ] as const) {
      d.path = path;
      d.outcome = outcome;
      const code = productClassCode(d);
      const back = new ProductDraws();
      setProductClass(back, code);
      expect([back.path, path === PRODUCT_RESOLVES ? back.outcome : outcome]).toEqual([path, outcome]);
    }
    d.path = PRODUCT_RESOLVES;
    d.outcome = Outcome.PUBLISHED;
    expect(productClassCode(d)).toBe(PRODUCT_CLASS_PUBLISHED);
  });
  it('tells a fixed from a not-vulnerable notified website', () => {
    const d = new WebsiteDraws();
    d.path = WEBSITE_NOTIFIED;
    d.notVulnerable = true;
    expect(websiteClassCode(d)).toBe(WEBSITE_CLASS_NOT_VULNERABLE);
    d.notVulnerable = false;
    expect(websiteClassCode(d)).toBe(WEBSITE_CLASS_FIXED);
    const back = new WebsiteDraws();
    setWebsiteClass(back, WEBSITE_CLASS_FIXED);
    expect([back.path, back.notVulnerable]).toEqual([WEBSITE_NOTIFIED, false]);
  });
});
