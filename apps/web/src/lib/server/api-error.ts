// The API's refusal as the web app reads it: apart from the client (api.ts), so that code and tests that only
// read an error need no server environment.

/** What the API says about a refusal besides its English message (see the API's README, "Errors"). */
export interface ApiErrorExtensions {
  code?: string;
  field?: string;
  messageJa?: string;
  /** Why a date was refused: MALFORMED_DATE, BEFORE_EARLIEST_RECORD, BEFORE_FROM. */
  reason?: string;
  /** The earliest record's date, named by a refused date. */
  earliest?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly userInput: boolean,
    /** The API's machine-readable reason and the input it names (`extensions.code`, `extensions.field`), if given. */
    readonly code: string | null = null,
    readonly field: string | null = null,
    /** The API's Japanese message for a refused input (`extensions.messageJa`), if given. */
    readonly messageJa: string | null = null,
    /** Everything else the API said about it, e.g. a refused date's `reason` and `earliest`. */
    readonly extensions: ApiErrorExtensions = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The refusal in the page's language: the API's Japanese text on a Japanese page when it gave one. */
  messageIn(locale: 'ja' | 'en'): string {
    return locale === 'ja' && this.messageJa ? this.messageJa : this.message;
  }
}
