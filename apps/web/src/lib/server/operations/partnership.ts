import type { SourceRef } from '$lib/kb-types';

const SOURCE = /* GraphQL */ `label(lang: $lang) locator(lang: $lang) url accessed status`;

export const PARTNERSHIP_QUERY = /* GraphQL */ `
  query Partnership($lang: Lang!) {
    partnership {
      asOf
      intakeStart
      quarterlyCumulativeReports { quarter cumulativeReports reportsPerWorkingDay source { ${SOURCE} } }
      products: outcomes(kind: SOFTWARE_PRODUCT) { outcome label(lang: $lang) count source { ${SOURCE} } }
      websites: outcomes(kind: WEBSITE) { outcome label(lang: $lang) count source { ${SOURCE} } details { key label(lang: $lang) count } }
      figures { key label(lang: $lang) value unit note(lang: $lang) source { ${SOURCE} } }
      intakeHistory { quarter software web total note(lang: $lang) source { ${SOURCE} } }
      totals { kind total source { ${SOURCE} } }
      breakdowns { key label(lang: $lang) base note(lang: $lang) items { key label(lang: $lang) share } source { ${SOURCE} } }
    }
  }
`;

export interface PartnershipSource extends SourceRef {
  status: 'PRIMARY' | 'SECONDARY';
}

export interface OutcomeRow {
  outcome: string;
  label: string;
  count: number;
  source: PartnershipSource;
}

export interface PartnershipResult {
  partnership: {
    asOf: string;
    intakeStart: string;
    quarterlyCumulativeReports: {
      quarter: string;
      cumulativeReports: number;
      reportsPerWorkingDay: number;
      source: PartnershipSource;
    }[];
    products: OutcomeRow[];
    websites: (OutcomeRow & { details: { key: string; label: string; count: number }[] })[];
    figures: {
      key: string;
      label: string;
      value: number;
      unit: string;
      note: string | null;
      source: PartnershipSource;
    }[];
    intakeHistory: {
      quarter: string;
      software: number;
      web: number;
      total: number;
      note: string | null;
      source: PartnershipSource;
    }[];
    totals: { kind: string; total: number; source: PartnershipSource }[];
    breakdowns: {
      key: string;
      label: string;
      base: number;
      note: string | null;
      items: { key: string; label: string; share: number }[];
      source: PartnershipSource;
    }[];
  };
}
