import { describe, expect, it } from 'vitest';
import { defaultChart, matchingPreset, readView, viewSearch } from './link';
import { toInput } from './scenario';

const ASSUMPTIONS = [{ key: 'forcedPublication.anticipation', range: [0, 1] as [number, number] }];
const read = (search: string) => readView(new URLSearchParams(search), ASSUMPTIONS);

describe('given a link with a preset', () => {
  it('applies its levers and opens the chart of its option', () => {
    const v = read('preset=kisa-krcert');
    expect(toInput(v.scenario)).toEqual({ bounty: { amountJpy: 70000 } });
    expect(v.chart).toBe('reportsPerWorkingDay');
    expect(v.ignored).toEqual([]);
  });

  it('lets explicit levers win over the preset', () => {
    const v = read('preset=cert-cc&bounty.amountJpy=5000');
    expect(toInput(v.scenario)).toEqual({ bounty: { amountJpy: 5000 } });
  });
});

describe('given a link with values that cannot run', () => {
  it('lists each with why, and runs the rest', () => {
    const v = read(
      'forcedPublication.afterDays=abc&legalMandate.remediationDays=30&legalMandate.compliance=5&bounty.amountJpy=-1000&chart=pie&preset=nope&view=big&foo=1&assumption.forcedPublication.anticipation=2&assumption.no.such=1',
    );
    const byParam = Object.fromEntries(v.ignored.map((i) => [i.param, i.problem]));
    expect(byParam).toEqual({
      'forcedPublication.afterDays': 'notNumber',
      'legalMandate.compliance': 'outside',
      'bounty.amountJpy': 'outside',
      chart: 'unknownValue',
      preset: 'unknownValue',
      view: 'unknownValue',
      foo: 'unknownParam',
      'assumption.forcedPublication.anticipation': 'outside',
      'assumption.no.such': 'unknownParam',
    });
    expect(toInput(v.scenario)).toEqual({ legalMandate: { remediationDays: 30, compliance: 0.5 } });
    expect(v.ignored.find((i) => i.param === 'bounty.amountJpy')?.limits).toEqual({
      min: 0,
      max: 10_000_000,
      integer: true,
    });
  });

  it('ignores nothing in a link the page wrote itself', () => {
    const v = read('preset=cert-cc&chart=websiteInHandling&view=present&trials=300&seed=7&engine=1.0.0');
    expect(v.ignored).toEqual([]);
    expect(v.present).toBe(true);
    expect(v.engine).toBe('1.0.0');
  });
});

describe('given a view', () => {
  it('writes a canonical link that reads back to the same view', () => {
    for (const search of [
      'preset=kisa-krcert',
      'preset=kisa-krcert&chart=productInHandling',
      'forcedPublication.afterDays=60&forcedPublication.appliesTo=UNREACHABLE_VENDORS&acknowledgement=true',
      'preset=cert-cc&view=present&assumption.forcedPublication.anticipation=0.8',
    ]) {
      const v = read(search);
      const back = read(viewSearch(v, '1.0.0').slice(1));
      expect(toInput(back.scenario)).toEqual(toInput(v.scenario));
      expect(back.chart).toBe(v.chart);
      expect(back.present).toBe(v.present);
    }
  });

  it('names the preset the levers match', () => {
    expect(matchingPreset(read('forcedPublication.afterDays=45').scenario)).toBe('cert-cc');
    expect(matchingPreset(read('forcedPublication.afterDays=46').scenario)).toBe('custom');
    expect(defaultChart('cisa-bod-20-01')).toBe('websiteInHandling');
    expect(defaultChart('custom')).toBe('productInHandling');
  });
});
