import { graphql } from '$lib/graphql';

/** The source registry, for the about page. */
export const SOURCES_QUERY = graphql(`
  query Sources($lang: Lang!) {
    sources {
      key
      kind
      status
      title(lang: $lang)
      publisher
      published
      url
      accessed
      note(lang: $lang)
    }
  }
`);
