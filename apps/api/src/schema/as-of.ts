import type { GraphQLResolveInfo } from 'graphql';
import { Kind, print } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isIsoDate } from '@kaiji/kb/iso-date';
import { builder } from '../builder.ts';
import type { KaijiContext } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { getScoped, setScoped } from '../scope.ts';

const MAX_DATE_TEXT = 64;
const notAString = (shown: string) =>
  createGraphQLError(`A Date is a string, an ISO date YYYY-MM-DD such as "2020-09-30"; got ${shown.slice(0, 80)}.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

/**
 * Any string up to 64 characters is taken at parsing and checked where it is used (`checkDate`): there the
 * argument's name and the earliest record are known, so the error can name both.
 */
export const DateScalar = builder.scalarType('Date', {
  description:
    'A calendar date, ISO 8601 YYYY-MM-DD (e.g. "2020-09-30", the report’s date). An argument given a malformed date, or one before the earliest record, is refused with an error that names the argument and the earliest date.',
  serialize: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new Error(`not an ISO date: ${String(value)}`);
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || value.length > MAX_DATE_TEXT)
      throw notAString(JSON.stringify(value) ?? String(value));
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING || node.value.length > MAX_DATE_TEXT) throw notAString(print(node));
    return node.value;
  },
});

/**
 * Checks a Date argument: a real calendar date, not before the earliest record. The error names the argument
 * (`asOf`, `from`, …) and the earliest date, in English, and in Japanese in `extensions.messageJa`; what is wrong is
 * `extensions.reason` (MALFORMED_DATE or BEFORE_EARLIEST_RECORD), so that a client never parses the English.
 */
export function checkDate(value: string, argument: string, ctx: Pick<KaijiContext, 'kb'>): string {
  const { earliestDate, surveyAsOf } = ctx.kb;
  const shown = JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (!isIsoDate(value)) {
    throw badUserInput(
      `\`${argument}\` must be an ISO date YYYY-MM-DD on or after ${earliestDate} (the earliest record), got ${shown}. "${surveyAsOf}" gives the report’s view.`,
      argument,
      {
        reason: 'MALFORMED_DATE',
        earliest: earliestDate,
        messageJa: `${argument} は ${earliestDate}（最も古い記録の日付）以降の日付を YYYY-MM-DD 形式で指定してください（指定値: ${shown}）。報告書の時点は "${surveyAsOf}" です。`,
      },
    );
  }
  if (value < earliestDate) {
    throw badUserInput(
      `\`${argument}\` is ${value}, before the earliest record (${earliestDate}): nothing is known before it. "${surveyAsOf}" gives the report’s view.`,
      argument,
      {
        reason: 'BEFORE_EARLIEST_RECORD',
        earliest: earliestDate,
        messageJa: `${argument}（${value}）は最も古い記録の日付 ${earliestDate} より前です。${earliestDate} 以降を指定してください。報告書の時点は "${surveyAsOf}" です。`,
      },
    );
  }
  return value;
}

/**
 * The date a root field (`programs`, `program`, `comparisonMatrix`) views the knowledge base at: its `asOf`, checked,
 * or today. A given `asOf` is passed down to every field beneath (the tags of its programs).
 */
export function rootAsOf(ctx: KaijiContext, info: GraphQLResolveInfo, asOf: string | null | undefined): string {
  if (asOf == null) return ctx.today;
  const date = checkDate(asOf, 'asOf', ctx);
  setScoped(ctx, info, { asOf: date });
  return date;
}

/** The date a field beneath views the knowledge base at: its own `asOf`, else the nearest above it, else today. */
export function viewDate(ctx: KaijiContext, info: GraphQLResolveInfo, asOf?: string | null): string {
  if (asOf != null) return checkDate(asOf, 'asOf', ctx);
  return getScoped(ctx, info, 'asOf') ?? ctx.today;
}

/** Whether a dated fact holds on a date: validFrom ≤ date < validTo. */
export const holdsOn = (
  fact: { validFrom: string | null; validTo: string | null },
  date: string,
  validFromWhenNull = date,
) => (fact.validFrom ?? validFromWhenNull) <= date && (fact.validTo == null || fact.validTo > date);
