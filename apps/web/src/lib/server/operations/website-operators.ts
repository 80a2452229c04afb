import type { SourceRef } from '$lib/fragments';

const SOURCE = /* GraphQL */ `label(lang: $lang) locator(lang: $lang) url accessed`;

/** The website operators' side: Chapter 2's survey and Chapter 3's damage cases (optionally one damage kind). */
export const WEBSITE_OPERATORS_QUERY = /* GraphQL */ `
  query WebsiteOperators($lang: Lang!, $damageKind: DamageKind) {
    websiteOperatorSurvey {
      respondents
      population(lang: $lang)
      source { ${SOURCE} }
      areas { key label(lang: $lang) }
      hypotheses {
        number
        area { key }
        statement(lang: $lang)
        verdict
        verdictText(lang: $lang)
        verdictReading(lang: $lang)
        source { ${SOURCE} }
        figures {
          question
          questionLabel(lang: $lang)
          questionPrinted
          statement(lang: $lang)
          subgroup(lang: $lang)
          share
          upTo
          precision
          printed
          note(lang: $lang)
          source { ${SOURCE} }
        }
      }
      conclusions {
        key
        section
        title(lang: $lang)
        text(lang: $lang)
        note(lang: $lang)
        source { ${SOURCE} }
        figures { question questionLabel(lang: $lang) questionPrinted statement(lang: $lang) share upTo precision printed note(lang: $lang) source { ${SOURCE} } }
      }
    }
    damageCases(damageKind: $damageKind) {
      table
      number
      raw
      date
      organization(lang: $lang)
      vulnerability(lang: $lang)
      siteForm(lang: $lang)
      companySize(lang: $lang)
      cloud
      damage { column mark }
      investigation { column mark }
      summary(lang: $lang)
      source { ${SOURCE} }
    }
    damageCaseLegend { table mark meaning(lang: $lang) }
    damageCaseColumns { key group label(lang: $lang) }
    damageCaseConsiderations { key section title(lang: $lang) measures(lang: $lang) text(lang: $lang) source { ${SOURCE} } }
  }
`;

export interface SurveyFigureRow {
  question: string;
  questionLabel: string;
  questionPrinted: boolean;
  statement: string;
  subgroup?: string | null;
  share: number;
  upTo: number | null;
  precision: 'EXACT' | 'ABOUT' | 'NEARLY' | 'AT_LEAST';
  printed: string;
  note: string | null;
  source: SourceRef;
}

export interface DamageCaseRow {
  table: '3-1' | '3-2';
  number: string;
  raw: string;
  date: string;
  organization: string | null;
  vulnerability: string | null;
  siteForm: string | null;
  companySize: string;
  cloud: string;
  damage: { column: string; mark: string }[];
  investigation: { column: string; mark: string }[];
  summary: string;
  source: SourceRef;
}

export interface WebsiteOperatorsResult {
  websiteOperatorSurvey: {
    respondents: number;
    population: string;
    source: SourceRef;
    areas: { key: string; label: string }[];
    hypotheses: {
      number: number;
      area: { key: string };
      statement: string;
      verdict: 'BORNE_OUT' | 'NOT_NECESSARILY_TRUE' | 'REJECTED' | 'NO_VERDICT';
      verdictText: string;
      verdictReading: string | null;
      source: SourceRef;
      figures: SurveyFigureRow[];
    }[];
    conclusions: {
      key: string;
      section: string;
      title: string;
      text: string;
      note: string | null;
      source: SourceRef;
      figures: SurveyFigureRow[];
    }[];
  };
  damageCases: DamageCaseRow[];
  damageCaseLegend: { table: string; mark: string; meaning: string }[];
  damageCaseColumns: { key: string; group: 'DAMAGE' | 'INVESTIGATION'; label: string }[];
  damageCaseConsiderations: {
    key: string;
    section: string;
    title: string;
    measures: string[];
    text: string;
    source: SourceRef;
  }[];
}
