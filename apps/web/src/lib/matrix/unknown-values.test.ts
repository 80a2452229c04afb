import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '$lib/fragments';
import { parseMatrixView, programFilter } from './query';
import { unknownTagValues, withoutIgnored } from './unknown-values';

const value = (v: string) => ({ value: v, label: v, definition: '' });
const taxonomy: Taxonomy = {
  surveyItems: [],
  marks: [],
  qualifiers: [],
  dimensions: [
    { dimension: 'INTAKE_SCOPE', label: '受付対象', definition: '', values: ['IOT', 'GOVERNMENT_SYSTEMS'].map(value) },
    { dimension: 'LEGAL_BASIS', label: '法的根拠', definition: '', values: ['AGENCY_MANDATE'].map(value) },
    { dimension: 'INCENTIVE', label: 'インセンティブ', definition: '', values: ['BOUNTY'].map(value) },
  ],
};

describe('given a link with tag values the taxonomy does not know', () => {
  const params = new URLSearchParams('intakeScopes=FOO,government_systems&legalBases=x y&incentives=BOUNTY&text=cert');

  it('names each unknown value with its filter label, as the link spelled it', () => {
    expect(unknownTagValues(params, taxonomy)).toEqual([
      { param: 'intakeScopes', label: '受付対象', value: 'FOO' },
      { param: 'legalBases', label: '法的根拠', value: 'x y' },
    ]);
  });

  it('keeps the rest of the filter once they are dropped', () => {
    const view = withoutIgnored(parseMatrixView(params), unknownTagValues(params, taxonomy));
    expect(programFilter(view)).toEqual({
      intakeScopes: ['GOVERNMENT_SYSTEMS'],
      incentives: ['BOUNTY'],
      text: 'cert',
    });
  });

  it('finds nothing in a link with known values only', () => {
    expect(unknownTagValues(new URLSearchParams('intakeScopes=IOT&incentives=bounty'), taxonomy)).toEqual([]);
  });
});
