// Parts of a selection that several operations share. Each reads the operation's $lang.
import { graphql, type ResultOf } from '$lib/graphql';

/** A source as a citation shows it (SourceCite, sourceText): label, where in it, link, date read, primary or not. */
export const SOURCE_REF = graphql(`
  fragment SourceRef on Source {
    label(lang: $lang)
    locator(lang: $lang)
    url
    accessed
    status
  }
`);
export type SourceRef = ResultOf<typeof SOURCE_REF>;
