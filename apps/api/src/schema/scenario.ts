import { decodeGlobalID, resolveCursorConnection } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import { SCENARIO_LIMITS } from '@kaiji/db/scenario-limits';
import { builder, checkPageSize } from '../builder.ts';
import type { KaijiContext } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { unauthenticated } from '../http/write-access.ts';
import type { ScenarioCursor, ScenarioRow } from '../scenarios/store.ts';
import type { WriteLogEntry } from '../scenarios/write-log.ts';

export const ScenarioRef = builder.objectRef<ScenarioRow>('Scenario');

builder.node(ScenarioRef, {
  description:
    'A what-if scenario saved by name: the simulator input it ran and the engine version it ran on, so that it can be run again to the same numbers.',
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx: KaijiContext) => {
    const rows = new Map(ctx.scenarios.getMany(ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'Its name, as saved (untrusted text: escape it when rendering).',
    }),
    description: t.string({
      nullable: true,
      description: 'What it is for, as saved (untrusted text: escape it when rendering); null when none was given.',
      resolve: (s) => (s.description === '' ? null : s.description),
    }),
    input: t.string({
      description:
        'The SimulationInput it ran, as JSON text: pass it, parsed, as `simulate(input:)` (with the same engineVersion, the same numbers).',
      resolve: (s) => JSON.stringify(s.input),
    }),
    engineVersion: t.exposeString('engineVersion', {
      description: 'Version of the simulation engine the scenario was run with (`simulate { engineVersion }`).',
    }),
    createdAt: t.string({
      description: 'When it was saved, ISO 8601 in UTC (e.g. 2026-11-25T09:30:00.000Z).',
      resolve: (s) => s.createdAt.toISOString(),
    }),
  }),
});

/** A page cursor: the created time and id of the row it follows, opaque to clients. */
const toCursor = (row: ScenarioRow) => Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');
function fromCursor(cursor: string | null | undefined, argument: 'after' | 'before'): ScenarioCursor | undefined {
  if (cursor == null) return undefined;
  const match = /^(\d{1,15}):([\w-]{1,64})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw badUserInput(
      `\`${argument}\` is not a cursor of this list (take one from \`pageInfo.endCursor\`).`,
      argument,
    );
  return { createdAt: Number(match[1]), id: match[2]! };
}

/** The store's id in a Scenario's global id; a refusal naming the argument for anything else. */
function scenarioId(globalId: string, argument: string): string {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typename === 'Scenario') return id;
  } catch {
    // refused below
  }
  throw badUserInput(
    `\`${argument}\` is not the id of a Scenario (take \`id\` from \`scenarios\` or \`saveScenario\`).`,
    argument,
  );
}

builder.queryFields((t) => ({
  scenarios: t.connection(
    {
      type: ScenarioRef,
      description: 'Saved scenarios, newest first, as a Relay cursor connection (first at most 100, default 20).',
      resolve: async (_root, args, ctx) => {
        checkPageSize(args);
        const after = fromCursor(args.after, 'after');
        const before = fromCursor(args.before, 'before');
        const connection = await resolveCursorConnection<ScenarioRow[]>(
          { args, toCursor, defaultSize: 20, maxSize: 100 },
          ({ limit, inverted }) => ctx.scenarios.page({ after, before, limit, inverted }),
        );
        return { ...connection, totalCount: ctx.scenarios.count() };
      },
    },
    {
      name: 'ScenarioConnection',
      description: 'A page of saved scenarios.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many scenarios are saved, over all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'ScenarioEdge', description: 'A saved scenario and its cursor.' },
  ),
  scenario: t.field({
    type: ScenarioRef,
    nullable: true,
    description: 'One saved scenario by its id; null when none has it (it may have been deleted).',
    args: { id: t.arg.id({ required: true, description: 'The scenario’s `id`.' }) },
    resolve: (_root, { id }, ctx) => ctx.scenarios.get(scenarioId(String(id), 'id')) ?? null,
  }),
}));

const SaveScenarioInput = builder.inputType('SaveScenarioInput', {
  description: 'A scenario to save. Every text is stored as given; the input must be one that `simulate` accepts.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: `A name, ${SCENARIO_LIMITS.nameChars} characters at most once trimmed (stored trimmed, otherwise verbatim).`,
    }),
    description: t.string({
      required: false,
      description: `What it is for, ${SCENARIO_LIMITS.descriptionChars} characters at most (stored verbatim).`,
    }),
    input: t.string({
      required: true,
      description: `The SimulationInput as JSON text (at most ${SCENARIO_LIMITS.inputBytes / 1024} KiB), checked as \`simulate\` checks it.`,
    }),
    engineVersion: t.string({
      required: true,
      description: `The engine version the scenario was run with, 1 to ${SCENARIO_LIMITS.engineVersionChars} characters.`,
    }),
  }),
});

// eslint-disable-next-line no-control-regex -- these two exist to find control characters in a name or description
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, allowing tab and line breaks
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const chars = (text: string) => [...text].length;

/** Checks a text field: length in characters (code points) and no characters that cannot be shown or stored. */
function checkText(value: string, field: string, options: { min: number; max: number; control: RegExp }): string {
  if (LONE_SURROGATE.test(value)) throw badUserInput(`${field}: not well-formed Unicode (a lone surrogate).`, field);
  const length = chars(value);
  if (length < options.min || length > options.max) {
    throw badUserInput(`${field}: must be ${options.min} to ${options.max} characters, got ${length}.`, field, {
      messageJa: `${field} は ${options.min} 文字以上 ${options.max} 文字以下で指定してください（${length} 文字）。`,
    });
  }
  if (options.control.test(value)) throw badUserInput(`${field}: must not contain control characters.`, field);
  return value;
}

/** Validates a SaveScenarioInput, naming the field of the first problem (`input.name`, `input.input.bounty.amountJpy`). */
function checkSaveInput(
  input: { name: string; description?: string | null; input: string; engineVersion: string },
  ctx: KaijiContext,
) {
  const name = checkText(input.name.trim(), 'input.name', { min: 1, max: SCENARIO_LIMITS.nameChars, control: CONTROL });
  const description = checkText(input.description ?? '', 'input.description', {
    min: 0,
    max: SCENARIO_LIMITS.descriptionChars,
    control: CONTROL_BUT_LINES,
  });
  const engineVersion = checkText(input.engineVersion.trim(), 'input.engineVersion', {
    min: 1,
    max: SCENARIO_LIMITS.engineVersionChars,
    control: CONTROL,
  });
  const bytes = Buffer.byteLength(input.input, 'utf8');
  if (bytes > SCENARIO_LIMITS.inputBytes) {
    throw badUserInput(
      `input.input: at most ${SCENARIO_LIMITS.inputBytes} bytes of JSON, got ${bytes}.`,
      'input.input',
      {
        messageJa: `input.input は ${SCENARIO_LIMITS.inputBytes} バイト以下の JSON で指定してください（${bytes} バイト）。`,
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.input);
  } catch (error) {
    throw badUserInput(`input.input: not valid JSON (${(error as Error).message}).`, 'input.input', {
      messageJa: 'input.input が JSON として読めません。',
    });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badUserInput('input.input: must be a JSON object (a SimulationInput).', 'input.input', {
      messageJa: 'input.input は JSON のオブジェクト（SimulationInput）で指定してください。',
    });
  }
  // The same check as `simulate`, so a saved scenario always runs; errors name input.input.<field>.
  ctx.simulator.check(parsed, 'input.input');
  return { name, description, input: parsed, engineVersion };
}

function authorizeWrite(ctx: KaijiContext): void {
  if (!ctx.mayWrite) throw unauthenticated();
}

/** Records a write that happened (after it did: a refused write changes nothing and is not one). */
function logWrite(ctx: KaijiContext, entry: Pick<WriteLogEntry, 'write' | 'id' | 'name' | 'found'>): void {
  ctx.writeLog({ at: new Date().toISOString(), ...entry, session: ctx.session, client: ctx.client });
}

builder.mutationType({
  description:
    'Writes: saving, renaming and deleting scenarios. When the server has KAIJI_WRITE_TOKEN, each needs `Authorization: Bearer <token>` (else 401). Only over POST.',
});

builder.mutationFields((t) => ({
  saveScenario: t.field({
    type: ScenarioRef,
    description:
      'Saves a scenario under a name and returns it with its id. The input is checked as `simulate` checks it.',
    args: { input: t.arg({ type: SaveScenarioInput, required: true, description: 'The scenario.' }) },
    resolve: (_root, { input }, ctx) => {
      authorizeWrite(ctx);
      const values = checkSaveInput(input, ctx);
      if (ctx.scenarios.count() >= SCENARIO_LIMITS.scenarios) {
        throw createGraphQLError(`The store is full (${SCENARIO_LIMITS.scenarios} scenarios): delete some first.`, {
          extensions: { code: 'SCENARIO_LIMIT_REACHED', http: { status: 409 } },
        });
      }
      const row = ctx.scenarios.insert(values);
      logWrite(ctx, { write: 'saveScenario', id: row.id, name: row.name });
      return row;
    },
  }),
  renameScenario: t.field({
    type: ScenarioRef,
    nullable: true,
    description:
      'Gives a saved scenario a new name (checked as `saveScenario` checks one) and returns it; null when none had the id. Its input and numbers do not change.',
    args: {
      id: t.arg.id({ required: true, description: 'The scenario’s `id`.' }),
      name: t.arg.string({
        required: true,
        description: `The new name, ${SCENARIO_LIMITS.nameChars} characters at most once trimmed.`,
      }),
    },
    resolve: (_root, { id, name }, ctx) => {
      authorizeWrite(ctx);
      const storeId = scenarioId(String(id), 'id');
      const trimmed = checkText(name.trim(), 'name', { min: 1, max: SCENARIO_LIMITS.nameChars, control: CONTROL });
      const row = ctx.scenarios.rename(storeId, trimmed);
      logWrite(ctx, { write: 'renameScenario', id: storeId, name: trimmed, found: row !== undefined });
      return row ?? null;
    },
  }),
  deleteScenario: t.boolean({
    description: 'Deletes a saved scenario: true when it existed, false when none had the id.',
    args: { id: t.arg.id({ required: true, description: 'The scenario’s `id`.' }) },
    resolve: (_root, { id }, ctx) => {
      authorizeWrite(ctx);
      const storeId = scenarioId(String(id), 'id');
      const found = ctx.scenarios.delete(storeId);
      logWrite(ctx, { write: 'deleteScenario', id: storeId, found });
      return found;
    },
  }),
}));
