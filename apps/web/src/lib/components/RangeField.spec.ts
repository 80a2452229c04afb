import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RangeField from './RangeField.svelte';

const base = {
  id: 'days',
  label: '日数',
  unit: '日',
  min: 0,
  max: 365,
  step: 1,
  onpreview: () => {},
  oncommit: () => {},
};

describe('given a lever inside the evidence', () => {
  it('shows the slider, the number box and the range, without a warning', () => {
    const { body } = render(RangeField, { props: { ...base, value: 45, evidence: [15, 120] as [number, number] } });
    expect(body).toContain('type="range"');
    expect(body).toContain('type="number"');
    expect(body).toMatch(/15.*120/);
    expect(body).not.toContain('⚠');
  });
});

describe('given a lever outside the evidence', () => {
  it('warns next to the field', () => {
    const { body } = render(RangeField, { props: { ...base, value: 300, evidence: [15, 120] as [number, number] } });
    expect(body).toContain('⚠');
  });
});

describe('given a share shown in percent', () => {
  it('scales the shown value', () => {
    const { body } = render(RangeField, { props: { ...base, value: 0.55, min: 0, max: 100, scale: 100 } });
    expect(body).toContain('value="55"');
  });
});
