import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { KaijiContext } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { getScoped, setScoped } from '../scope.ts';
import { checkDate, DateScalar } from './as-of.ts';
import { ProgramDevelopment } from './program-development.ts';
import { ProgramTag } from './program-tag.ts';
import './program.ts';

/** A diff's window: after `from`, up to and including `to` (both ISO dates). */
export interface Window {
  from: string;
  to: string;
}

const inWindow = (date: string | null, w: Window) => date != null && date > w.from && date <= w.to;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The days a development's date stands for: YYYY-MM-DD one day, YYYY-MM a month, YYYY a year. */
export function periodOf(date: string): { first: string; last: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return { first: date, last: date };
  if (month !== undefined) return { first: `${date}-01`, last: iso(new Date(Date.UTC(year, month, 0))) };
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}

/** Whether a development falls in the window: for a month or a year, whether any of its days does. */
export const developmentInWindow = (date: string, w: Window) => {
  const { first, last } = periodOf(date);
  return first <= w.to && last > w.from;
};

/** Checks `from` and `to` (names the wrong one) and records the window for every field beneath. */
function openWindow(ctx: KaijiContext, info: GraphQLResolveInfo, args: { from: string; to: string }): Window {
  const window = { from: checkDate(args.from, 'from', ctx), to: checkDate(args.to, 'to', ctx) };
  if (window.to < window.from) {
    throw badUserInput(`\`to\` (${window.to}) is before \`from\` (${window.from}).`, 'to', {
      reason: 'BEFORE_FROM',
      messageJa: `to（${window.to}）が from（${window.from}）より前です。`,
    });
  }
  // Whatever is shown of a program beneath (its tags) is as it stands at the end of the window.
  setScoped(ctx, info, { window, asOf: window.to });
  return window;
}

function windowOf(ctx: KaijiContext, info: GraphQLResolveInfo): Window {
  const window = getScoped(ctx, info, 'window');
  if (!window) throw new Error(`${info.parentType.name}.${info.fieldName} resolved outside a window`);
  return window;
}

const windowArgs = builder.args((t) => ({
  from: t.field({
    type: DateScalar,
    required: true,
    description: 'Start of the window (YYYY-MM-DD, from the earliest record on), excluded: what changed after it.',
  }),
  to: t.field({
    type: DateScalar,
    required: true,
    description: 'End of the window (YYYY-MM-DD, not before `from`), included; e.g. today.',
  }),
}));

const NEWEST_STATE = 'The program itself as it stands on `to` (its tag fields read on `to`).';

export const ProgramChanges = builder.drizzleObject('programs', {
  variant: 'ProgramChanges',
  description:
    'What changed for one program in a window (after `from`, up to and including `to`): whether it appeared or ended, the tags that began or ended, and its developments, each with its source.',
  select: { columns: { validFrom: true, validTo: true } },
  fields: (t) => ({
    program: t.variant('programs', { description: NEWEST_STATE }),
    from: t.field({
      type: DateScalar,
      description: 'Start of the window, excluded.',
      resolve: (_p, _a, ctx, info) => windowOf(ctx, info).from,
    }),
    to: t.field({
      type: DateScalar,
      description: 'End of the window, included.',
      resolve: (_p, _a, ctx, info) => windowOf(ctx, info).to,
    }),
    appeared: t.boolean({
      description:
        'Whether the program began in the window (its validFrom is in it; a surveyed program began on the survey’s date).',
      resolve: (p, _a, ctx, info) => inWindow(p.validFrom ?? ctx.kb.surveyAsOf, windowOf(ctx, info)),
    }),
    ended: t.boolean({
      description: 'Whether the program ended in the window (its validTo is in it).',
      resolve: (p, _a, ctx, info) => inWindow(p.validTo, windowOf(ctx, info)),
    }),
    tagsAdded: t.field({
      type: [ProgramTag],
      description:
        'Tags that began in the window (validFrom in it), oldest record first, each with its dates, basis and source.',
      select: (_args, _ctx, nestedSelection) => ({ with: { tags: nestedSelection({ orderBy: { id: 'asc' } }) } }),
      resolve: (p, _a, ctx, info) => {
        const w = windowOf(ctx, info);
        return p.tags.filter((tag) => inWindow(tag.validFrom, w));
      },
    }),
    tagsEnded: t.field({
      type: [ProgramTag],
      description:
        'Tags that ended in the window (validTo in it), oldest record first, each with its dates, basis and source.',
      select: (_args, _ctx, nestedSelection) => ({ with: { tags: nestedSelection({ orderBy: { id: 'asc' } }) } }),
      resolve: (p, _a, ctx, info) => {
        const w = windowOf(ctx, info);
        return p.tags.filter((tag) => inWindow(tag.validTo, w));
      },
    }),
    developments: t.field({
      type: [ProgramDevelopment],
      description:
        'Developments dated in the window, oldest first. A development dated only by month or year counts when any day of that month or year is in the window (its `date` shows the precision).',
      select: (_args, _ctx, nestedSelection) => ({
        with: { developments: nestedSelection({ orderBy: { position: 'asc' } }) },
      }),
      resolve: (p, _a, ctx, info) => {
        const w = windowOf(ctx, info);
        return p.developments.filter((d) => developmentInWindow(d.date, w));
      },
    }),
  }),
});

builder.drizzleObjectField('programs', 'changes', (t) =>
  t.variant(ProgramChanges, {
    description:
      'What changed for the program after `from`, up to and including `to`: tags begun or ended, developments, and whether it appeared or ended.',
    args: windowArgs,
    // `isNull` is the variant's only hook that runs as the field resolves: it checks the dates and opens the window
    // for the fields beneath, and never makes the field null (the types assume a field with isNull is nullable).
    nullable: false as never,
    isNull: (_program, args, ctx, info) => {
      openWindow(ctx, info, args);
      return false;
    },
  }),
);

/** What a row needs for `hasChanges`: the same relation arguments as ProgramChanges' fields, so one load. */
const changeColumns = {
  columns: { validFrom: true, validTo: true },
  with: {
    tags: { orderBy: { id: 'asc' }, columns: { validFrom: true, validTo: true } },
    developments: { orderBy: { position: 'asc' }, columns: { date: true } },
  },
} as const;

function hasChanges(
  p: {
    validFrom: string | null;
    validTo: string | null;
    tags: { validFrom: string; validTo: string | null }[];
    developments: { date: string }[];
  },
  w: Window,
  surveyAsOf: string,
): boolean {
  return (
    inWindow(p.validFrom ?? surveyAsOf, w) ||
    inWindow(p.validTo, w) ||
    p.tags.some((tag) => inWindow(tag.validFrom, w) || inWindow(tag.validTo, w)) ||
    p.developments.some((d) => developmentInWindow(d.date, w))
  );
}

interface ChangesShape extends Window {
  slugs: string[] | null;
}

const MAX_PROGRAMS = 100;

const Changes = builder.objectRef<ChangesShape>('Changes').implement({
  description: 'What changed in the knowledge base after `from`, up to and including `to`, program by program.',
  fields: (t) => ({
    from: t.field({ type: DateScalar, description: 'Start of the window, excluded.', resolve: (c) => c.from }),
    to: t.field({ type: DateScalar, description: 'End of the window, included.', resolve: (c) => c.to }),
    programs: t.drizzleField({
      type: [ProgramChanges],
      description:
        'Every program with at least one change in the window (among those asked for), in the report’s order.',
      resolve: async (query, c, _a, ctx) => {
        const rows = await ctx.kb.db.query.programs.findMany(
          query({ ...changeColumns, where: c.slugs ? { slug: { in: c.slugs } } : {}, orderBy: { position: 'asc' } }),
        );
        return rows.filter((p) => hasChanges(p, c, ctx.kb.surveyAsOf));
      },
    }),
    appeared: t.drizzleField({
      type: ['programs'],
      description:
        'Programs that began in the window (among those asked for), in the report’s order, as they stand on `to`.',
      resolve: async (query, c, _a, ctx) => {
        const rows = await ctx.kb.db.query.programs.findMany(
          query({
            columns: { validFrom: true },
            where: c.slugs ? { slug: { in: c.slugs } } : {},
            orderBy: { position: 'asc' },
          }),
        );
        return rows.filter((p) => inWindow(p.validFrom ?? ctx.kb.surveyAsOf, c));
      },
    }),
    ended: t.drizzleField({
      type: ['programs'],
      description: 'Programs that ended in the window (among those asked for), in the report’s order.',
      resolve: async (query, c, _a, ctx) => {
        const rows = await ctx.kb.db.query.programs.findMany(
          query({
            columns: { validTo: true },
            where: c.slugs ? { slug: { in: c.slugs } } : {},
            orderBy: { position: 'asc' },
          }),
        );
        return rows.filter((p) => inWindow(p.validTo, c));
      },
    }),
  }),
});

builder.queryField('changes', (t) =>
  t.field({
    type: Changes,
    description:
      'What changed after `from`, up to and including `to`, for every program or those named: tags begun and ended, developments, programs that appeared or ended, each with its source. `from: "2020-09-30"` gives what changed since the report.',
    args: {
      ...windowArgs,
      programs: t.arg.stringList({
        required: false,
        description: `Only these programs, by slug (at most ${MAX_PROGRAMS}); all by default (an empty list does not narrow).`,
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = openWindow(ctx, info, args);
      let slugs: string[] | null = null;
      if (args.programs?.length) {
        if (args.programs.length > MAX_PROGRAMS) {
          throw badUserInput(
            `\`programs\` names at most ${MAX_PROGRAMS} programs, got ${args.programs.length}.`,
            'programs',
          );
        }
        slugs = [...new Set(args.programs)];
        const known = new Set(
          (await ctx.kb.db.query.programs.findMany({ where: { slug: { in: slugs } }, columns: { slug: true } })).map(
            (p) => p.slug,
          ),
        );
        const unknown = slugs.find((slug) => !known.has(slug));
        if (unknown !== undefined) {
          throw badUserInput(
            `\`programs\`: no program has the slug ${JSON.stringify(unknown.slice(0, 80))}.`,
            'programs',
            {
              messageJa: `programs: スラッグ ${JSON.stringify(unknown.slice(0, 80))} の取組みはありません。`,
            },
          );
        }
      }
      return { ...window, slugs };
    },
  }),
);
