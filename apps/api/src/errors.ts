import { createGraphQLError } from 'graphql-yoga';

/**
 * A refusal of what the client sent: a 400 whose message names the field (a dotted path from the argument,
 * e.g. `input.name`), repeated in `extensions.field` for programs.
 */
export function badUserInput(message: string, field: string, extensions: Record<string, unknown> = {}) {
  return createGraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, ...extensions, http: { status: 400 } },
  });
}
