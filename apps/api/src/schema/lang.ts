import { builder } from '../builder.ts';

export const LANGS = ['JA', 'EN'] as const;
export type Lang = (typeof LANGS)[number];

export const LangEnum = builder.enumType('Lang', {
  description: 'Language of a human-readable text. Japanese is the original where the seed report is the source.',
  values: {
    JA: { description: 'Japanese (日本語).' },
    EN: { description: 'English.' },
  },
});

/** `lang: Lang = EN`, the argument of every text that has a language. */
export const langArgs = builder.args((t) => ({
  lang: t.field({
    type: LangEnum,
    defaultValue: 'EN',
    description: 'Language of the text; Japanese is the original where the seed report is the source.',
  }),
}));

/** The text in `lang` from a pair of ja/en values (null when the pair is absent). */
export function pick<T>(lang: Lang | null | undefined, ja: T, en: T): T {
  return lang === 'JA' ? ja : en;
}

type Pair<K extends string, V> = Record<`${K}Ja` | `${K}En`, V>;

/**
 * The options of a text field kept in a row's `<name>Ja` and `<name>En` columns, answered in the asked language
 * (`t.string(bilingual('title', '…'))`); on a drizzle object it also selects the two columns.
 */
export function bilingual<K extends string>(name: K, description: string) {
  const ja = `${name}Ja` as const;
  const en = `${name}En` as const;
  return {
    description,
    args: langArgs,
    select: { columns: { [ja]: true, [en]: true } as Pair<K, true> },
    resolve: (row: Pair<K, string>, { lang }: { lang?: Lang | null }) => pick(lang, row[ja], row[en]),
  };
}

/** `bilingual` for a text a row may lack (both columns null). */
export function bilingualOrNull<K extends string>(name: K, description: string) {
  const { select, args } = bilingual(name, description);
  return {
    nullable: true as const,
    description,
    args,
    select,
    resolve: (row: Pair<K, string | null>, { lang }: { lang?: Lang | null }) =>
      pick(lang, row[`${name}Ja`], row[`${name}En`]),
  };
}
