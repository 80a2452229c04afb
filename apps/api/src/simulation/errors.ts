import { createGraphQLError } from 'graphql-yoga';

/** The refusal of a job that finds the queue full: a 503 with Retry-After, so clients back off. */
export const simulatorBusy = () =>
  createGraphQLError('The simulator is busy; try again in a few seconds.', {
    extensions: { code: 'SIMULATOR_BUSY', http: { status: 503, headers: { 'Retry-After': '5' } } },
  });

/**
 * An input the engine refuses, naming the field in English, and in Japanese in extensions. The field is a path
 * from the argument: `input.bounty.amountJpy` for `simulate(input:)`, `input.input.bounty.amountJpy` for the
 * JSON in `saveScenario(input: { input })`.
 */
export function invalidInput(
  error: { message: string; path?: string; messageJa?: string; issues?: unknown },
  argument = 'input',
) {
  const field = `${argument}.${error.path ?? ''}`.replace(/\.$/, '');
  return createGraphQLError(`Invalid SimulationInput: ${field}: ${error.message}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field,
      messageJa: error.messageJa,
      issues: error.issues,
      http: { status: 400 },
    },
  });
}
