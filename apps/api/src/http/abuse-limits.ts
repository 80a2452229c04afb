import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Tuned against the real operations (bench/operations.ts): the full comparison query has depth 6 and costs
 * about 105; a page of 100 programs with every cell costs about 15,900 (armor multiplies by a literal `first`);
 * GraphiQL's introspection query has depth 13 once its TypeRef fragment is flattened. A 25-level `__schema {
 * types { fields { type { fields ...` exceeds the depth (and graphql-js's own MaxIntrospectionDepthRule,
 * which bounds the fan-out of nested introspection lists), 500 aliases exceed the alias limit: all refused at
 * validation, before anything runs.
 */
export const LIMITS = {
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20_000,
  /** Each `simulate` runs Monte Carlo trials, `backtest` four projections, `sensitivity` 1 + 2 × assumptions runs: one of each per operation. */
  maxExpensiveFields: { simulate: 1, backtest: 1, sensitivity: 1 },
} as const;

/** Armor's errors are plain GraphQLErrors; mark them so that yoga answers 400 whatever the Accept header. */
const asBadRequest: GraphQLArmorRejectCallback = (_ctx, error) => {
  (error as { extensions: Record<string, unknown> }).extensions = {
    ...error.extensions,
    code: 'QUERY_REJECTED',
    http: { status: 400, spec: false },
  };
};

export function armorPlugins(options: { production: boolean }): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, onReject: [asBadRequest] },
    maxAliases: { n: LIMITS.maxAliases, allowList: [], onReject: [asBadRequest] },
    maxTokens: { n: LIMITS.maxTokens, onReject: [asBadRequest] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [asBadRequest] },
    costLimit: {
      maxCost: LIMITS.maxCost,
      // Introspection is bounded by depth and by MaxIntrospectionDepthRule; its static cost (about 87,000 for
      // GraphiQL's query, ofType chains weigh 1.5^depth) says nothing about the work it does.
      ignoreIntrospection: true,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      onReject: [asBadRequest],
    },
    // Suggestions ("Did you mean ...?") help in development and map the schema for an attacker otherwise.
    blockFieldSuggestion: { enabled: options.production },
  });
  return [
    ...(armor.protect().plugins as Plugin[]),
    useParserRefusalAsBadRequest(),
    useExpensiveFieldLimit(LIMITS.maxExpensiveFields),
  ];
}

/**
 * The token limit stops the parser itself, and yoga marks every parse error as one the spec answers with 200
 * to clients that accept application/json (its legacy watershed), whatever the error said before. A refusal
 * must be a 4xx for every client (curl and requests send no graphql-response Accept), so a result that carries
 * a refusal gets its status at the result level, which yoga honours before looking at the errors.
 */
function useParserRefusalAsBadRequest(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const refused = result.errors.some((e) => /^Syntax Error: .* limit of \d+ exceeded/.test(e.message));
      if (refused) setResult({ ...result, extensions: { ...result.extensions, http: { status: 400 } } });
    },
  };
}

/** Counts root fields by name through fragments, so that aliases or spreads cannot multiply an expensive field. */
function expensiveFieldRule(limits: Readonly<Record<string, number>>) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const counts = new Map<string, number>();
      const seen = new Set<string>();
      const walk = (set: SelectionSetNode): void => {
        for (const selection of set.selections) {
          if (selection.kind === Kind.FIELD) {
            if (selection.name.value in limits) {
              counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
            }
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet);
          } else if (!seen.has(selection.name.value)) {
            seen.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) walk(fragment.selectionSet);
          }
        }
      };
      walk(operation.selectionSet);
      for (const [field, count] of counts) {
        const limit = limits[field]!;
        if (count > limit) {
          context.reportError(
            new GraphQLError(
              `Query cost: \`${field}\` is expensive and may appear at most ${limit} time(s) per operation, found ${count}.`,
              {
                nodes: [operation],
                extensions: { code: 'QUERY_REJECTED', http: { status: 400, spec: false } },
              },
            ),
          );
        }
      }
    },
  });
}

function useExpensiveFieldLimit(limits: Readonly<Record<string, number>>): Plugin {
  const rule = expensiveFieldRule(limits);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
