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
