import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '$lib/fragments';
import { DIMENSIONS, dimensionLabel, dimensionOf, dimensionValues, tagText, valueLabel } from './tag-dimensions';

const taxonomy: Pick<Taxonomy, 'dimensions'> = {
  dimensions: [
    {
      dimension: 'INCENTIVE',
      label: 'インセンティブ',
      definition: '',
      values: [{ value: 'BOUNTY', label: '報奨金', definition: '' }],
    },
  ],
};
const program = {
  intakeScopes: ['GOVERNMENT_SYSTEMS' as const],
  legalBases: [],
  coordinates: true,
  incentives: ['BOUNTY' as const],
};

describe('given the tag dimensions', () => {
  it('maps every dimension to its own Program field, and back', () => {
    expect(DIMENSIONS.map((d) => d.field)).toEqual(['intakeScopes', 'legalBases', 'coordinates', 'incentives']);
    for (const d of DIMENSIONS) expect(dimensionOf(d.field)).toBe(d.dimension);
  });

  it("reads a program's values, coordination as its two values", () => {
    expect(dimensionValues(program, 'INTAKE_SCOPE')).toEqual(['GOVERNMENT_SYSTEMS']);
    expect(dimensionValues(program, 'INCENTIVE')).toEqual(['BOUNTY']);
    expect(dimensionValues(program, 'COORDINATION')).toEqual(['COORDINATES']);
    expect(dimensionValues({ ...program, coordinates: false }, 'COORDINATION')).toEqual(['NONE_FOUND']);
  });

  it('labels from the taxonomy, the code itself when it does not know it', () => {
    expect(dimensionLabel(taxonomy, 'INCENTIVE')).toBe('インセンティブ');
    expect(valueLabel(taxonomy, 'INCENTIVE', 'BOUNTY')).toBe('報奨金');
    expect(valueLabel(taxonomy, 'INCENTIVE', 'NONE_FOUND')).toBe('NONE_FOUND');
    expect(dimensionLabel(taxonomy, 'LEGAL_BASIS')).toBe('LEGAL_BASIS');
  });
});

describe('tagText', () => {
  it("names a tag by its dimension and value in the page's language, and by the codes the taxonomy lacks", () => {
    expect(tagText(taxonomy, { dimension: 'INCENTIVE', value: 'BOUNTY' })).toBe('インセンティブ: 報奨金');
    expect(tagText(taxonomy, { dimension: 'LEGAL_BASIS', value: 'LAW' })).toBe('LEGAL_BASIS: LAW');
  });
});
