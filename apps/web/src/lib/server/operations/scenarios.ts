import { SAVED_SCENARIO } from '$lib/fragments';
import { graphql } from '$lib/graphql';

/** The saved scenarios, newest first as the API lists them (its page limit is 50 here: the list on /simulate). */
export const SCENARIOS_QUERY = graphql(
  `
    query Scenarios {
      scenarios(first: 50) {
        totalCount
        edges {
          node {
            ...SavedScenario
          }
        }
      }
    }
  `,
  [SAVED_SCENARIO],
);

/** One saved scenario by its id (null when there is none), for the comparison's files. */
export const SCENARIO_QUERY = graphql(
  `
    query Scenario($id: ID!) {
      scenario(id: $id) {
        ...SavedScenario
      }
    }
  `,
  [SAVED_SCENARIO],
);

export const SAVE_SCENARIO_MUTATION = graphql(
  `
    mutation SaveScenario($input: SaveScenarioInput!) {
      saveScenario(input: $input) {
        ...SavedScenario
      }
    }
  `,
  [SAVED_SCENARIO],
);

export const RENAME_SCENARIO_MUTATION = graphql(`
  mutation RenameScenario($id: ID!, $name: String!) {
    renameScenario(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_SCENARIO_MUTATION = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id)
  }
`);
