/**
 * What a saved scenario may hold: the API refuses more (SaveScenarioInput, backups) and the web form checks the
 * same numbers first, so a person sees the reason beside the field. Names and descriptions are untrusted text:
 * stored verbatim, escaped by whoever renders them. No imports: the web app reads this file too.
 */
export const SCENARIO_LIMITS = {
  nameChars: 120,
  descriptionChars: 2000,
  inputBytes: 16 * 1024,
  engineVersionChars: 40,
  /** Saves are refused beyond this many scenarios (the store is meant for a study group, not the world). */
  scenarios: 10_000,
} as const;
