import { SCENARIO_LIMITS } from '@kaiji/db/scenario-limits';

export const SCENARIOS_QUERY = /* GraphQL */ `
  query Scenarios {
    scenarios(first: 50) {
      totalCount
      edges {
        node {
          id
          name
          description
          input
          engineVersion
          createdAt
        }
      }
    }
  }
`;

export const SAVE_SCENARIO_MUTATION = /* GraphQL */ `
  mutation SaveScenario($input: SaveScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
      description
      input
      engineVersion
      createdAt
    }
  }
`;

export const RENAME_SCENARIO_MUTATION = /* GraphQL */ `
  mutation RenameScenario($id: ID!, $name: String!) {
    renameScenario(id: $id, name: $name) {
      id
      name
    }
  }
`;

export const DELETE_SCENARIO_MUTATION = /* GraphQL */ `
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id)
  }
`;

export interface RenameScenarioResult {
  renameScenario: { id: string; name: string } | null;
}

export interface DeleteScenarioResult {
  deleteScenario: boolean;
}

export interface SavedScenario {
  id: string;
  /** Untrusted text, stored verbatim: rendered as text only. */
  name: string;
  description: string | null;
  input: string;
  engineVersion: string;
  createdAt: string;
}

export interface ScenariosResult {
  scenarios: { totalCount: number; edges: { node: SavedScenario }[] };
}

export interface SaveScenarioResult {
  saveScenario: SavedScenario;
}

/** The API's limits (SaveScenarioInput), checked here first so that a person sees the reason next to the field. */
export const NAME_MAX = SCENARIO_LIMITS.nameChars;
export const DESCRIPTION_MAX = SCENARIO_LIMITS.descriptionChars;
