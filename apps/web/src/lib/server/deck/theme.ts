import type { Locale } from '$lib/paraglide/runtime';

/**
 * Fonts a deck names. Yu Gothic ships with Windows and with Office for Mac; where it is missing (LibreOffice on
 * Linux) fontconfig falls back to the installed Japanese sans (Noto Sans CJK JP), so Japanese never turns to
 * boxes. English decks name Arial, which LibreOffice maps to the metric-compatible Liberation Sans.
 */
export function deckFont(locale: Locale): string {
  return locale === 'ja' ? 'Yu Gothic' : 'Arial';
}

/** BCP 47 tag for the text runs, so PowerPoint proofs and breaks lines in the deck's language. */
export const deckLang = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

/** 13.33 × 7.5 in (16:9, PowerPoint's default wide layout). */
export const SLIDE = { w: 13.333, h: 7.5, margin: 0.5 } as const;

/** The page's chart colours (Okabe–Ito): baseline grey, scenario vermilion, observed black. */
export const COLOR = {
  baseline: '6B7280',
  scenario: 'D55E00',
  observed: '000000',
  dataEnd: '9CA3AF',
  low: '0072B2',
  high: 'E69F00',
  text: '1A1A1A',
  muted: '555555',
  headerFill: 'E8EEF4',
} as const;
