import { z } from 'zod';
import { Localized, LocalizedList } from './common.ts';
import { PartialDate } from './program.ts';
import { SourceRef } from './source.ts';

/**
 * The seed's own judgement of a Chapter 2 hypothesis. NOT_NECESSARILY_TRUE is 「必ずしも正しいとは言えない」,
 * REJECTED 「誤り」; BORNE_OUT is Kaiji's reading where the seed finds the hypothesis's state 「伺えた」 without
 * saying 「正しい」 (verdictReading says so); NO_VERDICT where the seed states none.
 */
export const HypothesisVerdict = z.enum(['BORNE_OUT', 'NOT_NECESSARILY_TRUE', 'REJECTED', 'NO_VERDICT']);
export type HypothesisVerdict = z.infer<typeof HypothesisVerdict>;

/** How a printed figure is qualified: 44.5% is EXACT, 約40% ABOUT, 40%近く NEARLY, 半数以上 AT_LEAST. */
export const FigurePrecision = z.enum(['EXACT', 'ABOUT', 'NEARLY', 'AT_LEAST']);
export type FigurePrecision = z.infer<typeof FigurePrecision>;

const AreaKey = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);

/** A question as the seed cites it: 本調査 問9, 予備調査 問9, 本調査 問26(6)(8), 問15・複数対策 … */
export const SurveyQuestion = z
  .string()
  .trim()
  .regex(/^(?:(?:本調査|予備調査)\s?)?問\s?\d/, "expected the question as the seed cites it, e.g. '本調査 問9'");

const Share = z
  .number()
  .min(0, 'a share is between 0 and 1 (0.445 for 44.5%)')
  .max(1, 'a share is between 0 and 1 (0.445 for 44.5%)');

export const SurveyHypothesis = z
  .object({
    number: z.number().int().min(1),
    area: AreaKey,
    statement: Localized,
    verdict: HypothesisVerdict,
    /** The seed's closing sentence on the hypothesis (JA verbatim). */
    verdictText: Localized,
    /** Why the verdict is read so where the seed's words leave it open: Kaiji's reading. */
    verdictReading: Localized.optional(),
    source: SourceRef,
  })
  .strict();
export type SurveyHypothesis = z.infer<typeof SurveyHypothesis>;

/** One percentage the seed prints in §2.2 or §2.3, under a hypothesis or a conclusion. */
export const SurveyFigure = z
  .object({
    hypothesis: z.number().int().min(1).optional(),
    /** Where the seed gives one paragraph of evidence for two hypotheses (4 and 5). */
    alsoHypotheses: z.array(z.number().int().min(1)).optional(),
    conclusion: z
      .string()
      .regex(/^[a-z][a-zA-Z]*$/)
      .optional(),
    question: SurveyQuestion.optional(),
    /** true only where the seed prints the figure with no question number; question must then be absent. */
    questionNotPrinted: z.literal(true).optional(),
    /** Whom the share is of, where not all 301 respondents (e.g. companies with 5 or fewer employees). */
    subgroup: Localized.optional(),
    statement: Localized,
    /** The figure exactly as printed: '44.5%', '約25~30%', '半数以上'. */
    printed: z.string().trim().min(1),
    /** The printed figure as a fraction; for a range, its low end. */
    share: Share,
    /** The high end of a printed range (約25~30% → 0.3). */
    upTo: Share.optional(),
    precision: FigurePrecision.default('EXACT'),
    source: SourceRef,
    note: Localized.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.question === undefined && !f.questionNotPrinted) {
      ctx.addIssue({
        code: 'custom',
        path: ['question'],
        message:
          "a figure needs the question the seed cites (e.g. '本調査 問9'), or questionNotPrinted: true where the seed prints none",
      });
    }
    if (f.question !== undefined && f.questionNotPrinted) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionNotPrinted'],
        message: 'give either question or questionNotPrinted, not both',
      });
    }
    if ((f.hypothesis === undefined) === (f.conclusion === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hypothesis'],
        message: 'a figure stands under exactly one hypothesis or one conclusion',
      });
    }
    if (f.upTo !== undefined && f.upTo <= f.share) {
      ctx.addIssue({
        code: 'custom',
        path: ['upTo'],
        message: 'upTo is the high end of a range and must exceed share',
      });
    }
  });
export type SurveyFigure = z.infer<typeof SurveyFigure>;

/** A conclusion the seed draws from the survey or the cases (§2.3, §3.4, §5). */
const Conclusion = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z]*$/),
    section: z.string().trim().min(1),
    title: Localized,
    text: Localized,
    source: SourceRef,
    note: Localized.optional(),
  })
  .strict();

/** data/website-operators/survey.yaml: Chapter 2's survey of small website operators. */
export const OperatorSurvey = z
  .object({
    respondents: z.number().int().positive(),
    population: Localized,
    source: SourceRef,
    areas: z.array(z.object({ key: AreaKey, label: Localized }).strict()).min(1),
    hypotheses: z.array(SurveyHypothesis).min(1),
    figures: z.array(SurveyFigure).min(1),
    conclusions: z.array(Conclusion).min(1),
  })
  .strict();
export type OperatorSurvey = z.infer<typeof OperatorSurvey>;

export const DamageTable = z.enum(['3-1', '3-2']);
export type DamageTable = z.infer<typeof DamageTable>;

/** Every mark either table's legend uses; a table may use only those its own legend defines. */
export const DamageMark = z.enum(['○', '×', '△', '▲', '■'], {
  error: 'a mark is one of ○ × △ ▲ ■ (Tables 3-1 and 3-2)',
});
export type DamageMark = z.infer<typeof DamageMark>;

/** The damage columns of both tables, in their printed order. */
export const DAMAGE_KINDS = ['DEFACEMENT', 'SERVICE_STOP', 'INFORMATION_LEAK', 'SECONDARY_DAMAGE'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];
/** The investigation columns (調査項目 1-5), in their printed order. */
export const INVESTIGATION_ITEMS = [
  'CONTENT_AND_SCOPE',
  'DIRECT_AND_ROOT_CAUSE',
  'TECHNICAL_AND_HUMAN_CAUSE',
  'RESPONSE_AFTER',
  'RECURRENCE_PREVENTION',
] as const;
export type InvestigationItem = (typeof INVESTIGATION_ITEMS)[number];

export const CompanySize = z.enum(['小', '中', '大']);
export type CompanySize = z.infer<typeof CompanySize>;

export const DamageCase = z
  .object({
    table: DamageTable,
    /** As printed: '7', '2-1'. */
    number: z.string().regex(/^\d+(?:-\d+)?$/),
    /** The row's cells after its number, as printed, separated by spaces. */
    raw: z.string().trim().min(1),
    /** Table 3-1: the publication date; Table 3-2: when it happened or came to light, as precise as printed. */
    date: PartialDate,
    /** Table 3-1 only: the anonymised name (企業A …). */
    organization: z.string().trim().min(1).optional(),
    /** Table 3-2 only: 脆弱性の概要. */
    vulnerability: Localized.optional(),
    /** Table 3-2 only: ウェブサイトの形態. */
    siteForm: Localized.optional(),
    companySize: CompanySize,
    cloud: DamageMark,
    damage: z
      .array(DamageMark)
      .length(4, 'damage has the four damage columns (改ざん, サービス停止, 情報漏えい, 風評被害/二次被害)'),
    investigation: z.array(DamageMark).length(5, 'investigation has the five investigation columns'),
    summary: Localized,
    source: SourceRef,
  })
  .strict();
export type DamageCase = z.infer<typeof DamageCase>;

const Legend = z
  .object({
    table: DamageTable,
    marks: z.array(z.object({ mark: DamageMark, meaning: Localized }).strict()).min(1),
    source: SourceRef,
  })
  .strict();

const Column = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.object({ key: z.enum(keys), label: Localized }).strict();

/** data/website-operators/damage-cases.yaml: Chapter 3's Tables 3-1 and 3-2 and §3.4. */
export const DamageCases = z
  .object({
    legends: z.array(Legend).length(2),
    columns: z
      .object({
        damage: z.array(Column(DAMAGE_KINDS)).length(DAMAGE_KINDS.length),
        investigation: z.array(Column(INVESTIGATION_ITEMS)).length(INVESTIGATION_ITEMS.length),
        source: SourceRef,
      })
      .strict(),
    cases: z.array(DamageCase).min(1),
    considerations: z.array(
      z
        .object({
          key: z.string().regex(/^[a-z][a-zA-Z]*$/),
          section: z.string().trim().min(1),
          title: Localized,
          measures: LocalizedList,
          text: Localized,
          source: SourceRef,
        })
        .strict(),
    ),
  })
  .strict();
export type DamageCases = z.infer<typeof DamageCases>;
