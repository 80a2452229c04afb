import { describe, expect, it } from 'vitest';
import { matrixViewSearch, parseMatrixView } from '$lib/matrix/query';
import type { Taxonomy } from '$lib/fragments';
import { matrixParamsProblem, paramProblemMessage, tagValueProblem } from './export-params';

const problem = (query: string) => matrixParamsProblem(new URLSearchParams(query));

describe('matrix export parameters', () => {
  it('accept whatever the page itself links to', () => {
    const full =
      'jurisdictions=us,GB&intakeScopes=GOVERNMENT_SYSTEMS&scopeOnly=true&legalBases=AGENCY_MANDATE&incentives=BOUNTY' +
      '&coordinates=true&acceptsReports=false&referenceForPartnership=true&text=cert&sort=item2&order=desc&asOf=2020-09-30';
    const search = matrixViewSearch(parseMatrixView(new URLSearchParams(full)));
    expect(problem(search.slice(1))).toBeNull();
    expect(problem('')).toBeNull();
  });

  it('refuse what the page would silently drop, naming the parameter', () => {
    expect(problem('lang=en')).toMatchObject({ kind: 'unknown', param: 'lang' });
    expect(problem('coordinates=yes')).toMatchObject({ param: 'coordinates', value: 'yes', expected: 'bool' });
    expect(problem('jurisdictions=USA')).toMatchObject({ param: 'jurisdictions', expected: 'jurisdiction' });
    expect(problem('intakeScopes=gov systems')).toMatchObject({ param: 'intakeScopes', expected: 'enum' });
    expect(problem('sort=zzz')).toMatchObject({ param: 'sort', expected: 'enum' });
    expect(problem('asOf=2020-02-30')).toMatchObject({ param: 'asOf', expected: 'date' });
    expect(problem(`text=${'x'.repeat(201)}`)).toMatchObject({ param: 'text', expected: 'text' });
  });

  it('name an unknown tag value with the values the taxonomy has', () => {
    const taxonomy = {
      dimensions: [{ dimension: 'INCENTIVE', label: '報奨', values: [{ value: 'BOUNTY' }, { value: 'NONE_FOUND' }] }],
    } as unknown as Pick<Taxonomy, 'dimensions'>;
    expect(tagValueProblem(new URLSearchParams('incentives=bounty'), taxonomy)).toBeNull();
    const p = tagValueProblem(new URLSearchParams('incentives=BOUNTY,FAME'), taxonomy);
    expect(p).toMatchObject({ param: 'incentives', value: 'FAME', values: ['BOUNTY', 'NONE_FOUND'] });
    expect(paramProblemMessage(p!, 'ja')).toBe(
      'パラメータ「incentives」の値「FAME」は使えません。使える値：BOUNTY, NONE_FOUND',
    );
    expect(paramProblemMessage(p!, 'en')).toBe(
      'The value "FAME" of the parameter "incentives" cannot be used. Known values: BOUNTY, NONE_FOUND',
    );
  });
});
