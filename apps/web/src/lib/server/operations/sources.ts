export const SOURCES_QUERY = /* GraphQL */ `
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
`;

export interface SourcesResult {
  sources: {
    key: string;
    kind: 'SEED' | 'WEB' | 'LAW' | 'NEWS' | 'REPOSITORY';
    status: 'PRIMARY' | 'SECONDARY';
    title: string;
    publisher: string | null;
    published: string | null;
    url: string | null;
    accessed: string | null;
    note: string | null;
  }[];
}
