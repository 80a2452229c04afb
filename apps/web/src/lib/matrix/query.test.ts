import { describe, expect, it } from 'vitest';
import { exportParams, matrixViewSearch, parseMatrixView, programFilter } from './query';

describe('given a shared filter URL', () => {
  it('reads lists, booleans, text and sort, and writes the same URL back', () => {
    const search =
      '?jurisdictions=US,GB&intakeScopes=GOVERNMENT_SYSTEMS&scopeOnly=true&coordinates=true&text=cert&sort=jurisdiction&order=desc';
    const view = parseMatrixView(new URLSearchParams(search));
    expect(view).toMatchObject({
      jurisdictions: ['US', 'GB'],
      intakeScopes: ['GOVERNMENT_SYSTEMS'],
      scopeOnly: true,
      coordinates: true,
      acceptsReports: null,
      text: 'cert',
      sort: 'jurisdiction',
      order: 'desc',
    });
    expect(matrixViewSearch(view)).toBe(search);
  });

  it('accepts repeated parameters as the filter form submits them', () => {
    const view = parseMatrixView(new URLSearchParams('legalBases=AGENCY_MANDATE&legalBases=VENDOR_VDP_MANDATE'));
    expect(view.legalBases).toEqual(['AGENCY_MANDATE', 'VENDOR_VDP_MANDATE']);
  });

  it('drops malformed values instead of sending them to the API', () => {
    const view = parseMatrixView(
      new URLSearchParams('jurisdictions=<script>,US&intakeScopes=x y&sort=evil&coordinates=maybe'),
    );
    expect(view.jurisdictions).toEqual(['US']);
    expect(view.intakeScopes).toEqual([]);
    expect(view.sort).toBeNull();
    expect(view.coordinates).toBeNull();
  });
});

describe('given "only these scopes"', () => {
  it('asks the API for intakeScopesWithin, and the export forwards it', () => {
    const view = parseMatrixView(new URLSearchParams('intakeScopes=GOVERNMENT_SYSTEMS&scopeOnly=true'));
    expect(programFilter(view)).toEqual({ intakeScopesWithin: ['GOVERNMENT_SYSTEMS'] });
    expect(exportParams(view, 'ja').toString()).toBe('lang=ja&intakeScopesWithin=GOVERNMENT_SYSTEMS');
  });
});
