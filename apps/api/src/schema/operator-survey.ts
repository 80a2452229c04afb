import { FigurePrecision, HypothesisVerdict } from '@kaiji/kb';
import { builder } from '../builder.ts';
import { badUserInput } from '../errors.ts';
import { bilingual, bilingualOrNull, langArgs, pick } from './lang.ts';
import { citation, cited, SourceRef } from './source.ts';

export const HypothesisVerdictEnum = builder.enumType('HypothesisVerdict', {
  description: 'What the seed concludes about a hypothesis of its Chapter 2 survey.',
  values: {
    BORNE_OUT: {
      description:
        'The seed finds the hypothesised state (「様子が伺えた」) without saying 「正しい」: Kaiji reads it as borne out (see verdictReading).',
    },
    NOT_NECESSARILY_TRUE: { description: '「仮説は必ずしも正しいとは言えない」: not necessarily true.' },
    REJECTED: { description: '「仮説は誤り」: the hypothesis is wrong.' },
    NO_VERDICT: { description: 'The seed states no verdict (see verdictReading).' },
  } satisfies Record<HypothesisVerdict, { description: string }>,
});

export const FigurePrecisionEnum = builder.enumType('FigurePrecision', {
  description: 'How the seed qualifies a printed percentage.',
  values: {
    EXACT: { description: 'Printed exactly, e.g. 44.5%.' },
    ABOUT: { description: 'Printed as about, e.g. 約40% or a range 約25~30%.' },
    NEARLY: { description: 'Printed as nearly, e.g. 40%近く.' },
    AT_LEAST: { description: 'Printed as at least, e.g. 半数以上 (share is the lower bound).' },
  } satisfies Record<FigurePrecision, { description: string }>,
});

const SurveyArea = builder.drizzleObject('operatorSurveyAreas', {
  name: 'OperatorSurveyArea',
  description: 'One of the six areas a)-f) under which §2.2 groups its hypotheses.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "The area's letter as printed, 'a' to 'f'." }),
    label: t.string(bilingual('label', 'The heading as printed (JA), or its translation (EN).')),
  }),
});

const SurveyConclusion = builder.drizzleObject('operatorSurveyConclusions', {
  name: 'OperatorSurveyConclusion',
  description: 'A conclusion the seed draws from the survey: §2.3 (1)-(4) and §5 (1).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `partnership`.' }),
    section: t.exposeString('section', { description: "Where it is printed, e.g. '§2.3 (4)'." }),
    title: t.string(bilingual('title', 'The heading as printed (JA), or its translation (EN).')),
    text: t.string(bilingual('text', 'What the seed concludes: its words (JA), or their translation (EN).')),
    note: t.string(bilingualOrNull('note', 'How Kaiji reads it where the seed is unclear or says two things.')),
    figures: t.relation('figures', {
      description: 'The figures the seed gives for it.',
      query: { orderBy: { position: 'asc' } },
    }),
    source: t.field(cited('Where the seed states it.')),
  }),
});

const SurveyHypothesis = builder.drizzleObject('operatorSurveyHypotheses', {
  name: 'OperatorSurveyHypothesis',
  description: 'A hypothesis §2.2 tests (仮説1-14), with the seed’s verdict and the figures it gives.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Its number as printed, 1 to 14.' }),
    area: t.relation('area', { description: 'The area a)-f) it stands under.' }),
    statement: t.string(bilingual('statement', 'The hypothesis: the seed’s words (JA), or their translation (EN).')),
    verdict: t.expose('verdict', { type: HypothesisVerdictEnum, description: 'What the seed concludes.' }),
    verdictText: t.string(bilingual('verdictText', 'The seed’s closing sentence on it (JA), or its translation (EN).')),
    verdictReading: t.string(
      bilingualOrNull('verdictReading', 'Kaiji’s reading, where the seed’s words leave the verdict open.'),
    ),
    figures: t.relation('figures', {
      description: 'Every figure the seed gives as evidence on it, in the printed order.',
      query: { orderBy: { position: 'asc' } },
    }),
    source: t.field(cited('Where the seed states it.')),
  }),
});

export const OperatorSurveyFigure = builder.drizzleObject('operatorSurveyFigures', {
  name: 'OperatorSurveyFigure',
  description: "One figure of the seed's Chapter 2 web survey of small website operators (301 valid responses).",
  fields: (t) => ({
    question: t.string({
      description:
        "The question as the seed cites it, e.g. '本調査 問9', '予備調査 問9', '本調査 問26(6)(8)'; '（設問番号の記載なし）' where the seed prints none.",
      select: { columns: { question: true } },
      resolve: (f) => f.question ?? '（設問番号の記載なし）',
    }),
    questionLabel: t.string({
      description: "The question for a reader: as cited (JA), or in English (EN), e.g. 'Main survey Q26(6)(8)'.",
      args: langArgs,
      select: { columns: { question: true } },
      resolve: (f, { lang }) =>
        f.question === null
          ? pick(lang, '設問番号の記載なし', 'no question number printed')
          : lang === 'JA'
            ? f.question
            : questionInEnglish(f.question),
    }),
    questionPrinted: t.boolean({
      description: 'false where the seed prints the figure without a question number.',
      select: { columns: { question: true } },
      resolve: (f) => f.question !== null,
    }),
    statement: t.string(
      bilingual('statement', 'What the share is of: the seed’s words (JA), or their translation (EN).'),
    ),
    subgroup: t.string(
      bilingualOrNull(
        'subgroup',
        'Whom the share is of, where not all respondents (e.g. companies with 5 or fewer employees).',
      ),
    ),
    share: t.exposeFloat('share', {
      description: 'Share of respondents, 0 to 1 (0.445 for 44.5%); for a printed range, its low end.',
    }),
    upTo: t.exposeFloat('upTo', { nullable: true, description: 'The high end of a printed range (約25~30% → 0.3).' }),
    precision: t.expose('precision', { type: FigurePrecisionEnum, description: 'How the seed qualifies it.' }),
    printed: t.exposeString('printed', {
      description: "The figure exactly as printed: '44.5%', '約25~30%', '半数以上'.",
    }),
    note: t.string(bilingualOrNull('note', 'How Kaiji reads the figure where the seed is unclear.')),
    hypothesis: t.relation('hypothesis', {
      nullable: true,
      description: 'The hypothesis it is evidence on (null for a figure of a conclusion).',
    }),
    hypotheses: t.relation('hypotheses', {
      description: 'Every hypothesis the seed gives it as evidence on (仮説4・5 share their figures).',
      query: { orderBy: { number: 'asc' } },
    }),
    conclusion: t.relation('conclusion', {
      nullable: true,
      description: 'The conclusion of §2.3 it is given for (null for a figure of a hypothesis).',
    }),
    source: t.field(cited('Where the seed prints it.')),
  }),
});

type SurveyRow = {
  respondents: number;
  populationJa: string;
  populationEn: string;
  locator: string | null;
  source: Parameters<typeof citation>[0]['source'];
};

/** The survey's own row; each list field queries its table, so a query asks only for what it selects. */
const OperatorSurvey = builder.objectRef<SurveyRow>('OperatorSurvey').implement({
  description: 'Chapter 2: the web survey of operators of small websites (companies with 50 or fewer employees).',
  fields: (t) => ({
    respondents: t.exposeInt('respondents', { description: 'Valid responses to the main survey (本調査), 301.' }),
    population: t.string(
      bilingual('population', 'Who was surveyed: the seed’s words (JA), or their translation (EN).'),
    ),
    figures: t.drizzleField({
      type: [OperatorSurveyFigure],
      description:
        'Every figure of §2.2 and §2.3 in the printed order. `question` keeps the figures citing that question (by number: 問26 matches 本調査 問26(6)(8)); `hypothesis` those given as evidence on it.',
      args: {
        question: t.arg.string({ description: "A question as cited, e.g. '問24' or '本調査 問26'." }),
        hypothesis: t.arg.int({ description: 'A hypothesis number, 1 to 14.' }),
      },
      resolve: async (query, _s, { question, hypothesis }, ctx) => {
        const number = question === null || question === undefined ? undefined : questionNumber(question);
        if (hypothesis !== null && hypothesis !== undefined) {
          const known = await ctx.kb.db.query.operatorSurveyHypotheses.findFirst({ where: { number: hypothesis } });
          if (!known)
            throw badUserInput(
              `hypothesis ${hypothesis} is not one of the survey's hypotheses (1 to 14)`,
              'hypothesis',
            );
        }
        const all = await ctx.kb.db.query.operatorSurveyFigures.findMany({
          columns: { id: true, question: true },
          with: { hypotheses: { columns: { number: true } } },
        });
        const ids = all
          .filter(
            (f) =>
              (number === undefined || (f.question !== null && questionNumbers(f.question).includes(number))) &&
              (hypothesis === null || hypothesis === undefined || f.hypotheses.some((h) => h.number === hypothesis)),
          )
          .map((f) => f.id);
        return ctx.kb.db.query.operatorSurveyFigures.findMany(
          query({ where: { id: { in: ids } }, orderBy: { position: 'asc' } }),
        );
      },
    }),
    areas: t.drizzleField({
      type: [SurveyArea],
      description: 'The six areas a)-f) of §2.2.',
      resolve: (query, _s, _a, ctx) =>
        ctx.kb.db.query.operatorSurveyAreas.findMany(query({ orderBy: { position: 'asc' } })),
    }),
    hypotheses: t.drizzleField({
      type: [SurveyHypothesis],
      description: 'The fourteen hypotheses of §2.2 with the seed’s verdicts; `verdict` keeps those with that verdict.',
      args: { verdict: t.arg({ type: HypothesisVerdictEnum, description: 'Only hypotheses with this verdict.' }) },
      resolve: (query, _s, { verdict }, ctx) =>
        ctx.kb.db.query.operatorSurveyHypotheses.findMany(
          query({ ...(verdict ? { where: { verdict } } : {}), orderBy: { number: 'asc' } }),
        ),
    }),
    conclusions: t.drizzleField({
      type: [SurveyConclusion],
      description: 'What the seed concludes from the survey (§2.3 (1)-(4)) and the issue it leaves (§5 (1)).',
      resolve: (query, _s, _a, ctx) =>
        ctx.kb.db.query.operatorSurveyConclusions.findMany(query({ orderBy: { position: 'asc' } })),
    }),
    source: t.field({ type: SourceRef, description: 'Where the seed describes the survey.', resolve: citation }),
  }),
});

/** '本調査 問26(6)(8)' → [26]; '本調査 問14、16、18' → [14, 16, 18]; '問19と問23' → [19, 23]. */
function questionNumbers(question: string): number[] {
  const [first, ...rest] = question.split(/問/).slice(1);
  if (first === undefined) return [];
  const lead = [...first.matchAll(/^\s?(\d+)|[、,]\s?(\d+)/g)].map((m) => Number(m[1] ?? m[2]));
  return [...lead, ...rest.map((r) => Number(/^\s?(\d+)/.exec(r)?.[1])).filter((n) => !Number.isNaN(n))];
}

/** '本調査 問17 および本調査 問19' → 'Main survey Q17 and main survey Q19'; '問15・複数対策' → 'Q15 (several measures)'. */
function questionInEnglish(question: string): string {
  const text = question
    .replace(/予備調査\s?/g, 'preliminary survey ')
    .replace(/本調査\s?/g, 'main survey ')
    .replace(/問\s?/g, 'Q')
    .replace(/・複数対策/, ' (several measures)')
    .replace(/\s?および\s?/g, ' and ')
    .replace(/と(?=Q)/g, ' and ')
    .replace(/、/g, ', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function questionNumber(question: string): number {
  const match = /^(?:(?:本調査|予備調査)\s?)?問\s?(\d+)/.exec(question.trim());
  if (!match) {
    throw badUserInput(
      `question '${question}' is not a question as the seed cites it, e.g. '問24' or '本調査 問26'`,
      'question',
    );
  }
  return Number(match[1]);
}

builder.queryField('websiteOperatorSurvey', (t) =>
  t.field({
    type: OperatorSurvey,
    description: 'Chapter 2: the survey of small website operators, its hypotheses, verdicts, figures and conclusions.',
    resolve: async (_root, _args, ctx) => {
      const survey = await ctx.kb.db.query.operatorSurveys.findFirst({ with: { source: true } });
      if (!survey) throw new Error('the knowledge base has no operator survey (rebuild it from data/)');
      return survey;
    },
  }),
);
