import type { Page } from 'playwright-core';

/**
 * One language per page (issue 10 point 4): what a member reads on a page, and the words in it that belong to
 * the other language. Text inside an element marked with the other language (a source title, lang="en"), a
 * <code> element (a value the member typed, shown back as typed) or a URL is not counted.
 */

/**
 * The allow-list, kept short on purpose. A Japanese page may show names in Latin letters (capitalised: CISA,
 * HackerOne, GovTech) and these lowercase pieces of names; any other lowercase word, and the common English
 * words listed further down even when capitalised, is a bug. Names with a lowercase word inside go whole.
 */
export const LATIN_PHRASES = ['The Straits Times', 'Wall of Fame', 'co-seal', 'so-net', 'EUR-Lex'];
export const LATIN_ON_JAPANESE = new Set([
  // Lowercase parts of names (IoT is capitalised and passes anyway).
  'vuls',
  'dotlah',
]);

/** Japanese script on an English page: kana, kanji and full-width punctuation (、。「」（）：〜). */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]+/g;

/** The text a member reads on the page, in pieces, each with the element it sits in (for the message). */
/** A piece of text a member reads, and where it sits. */
export interface PageText {
  text: string;
  where: string;
}

export async function pageTexts(page: Page): Promise<PageText[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('script, style, code, noscript, template')) continue;
      const marked = el.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== pageLang) continue;
      const where = el.closest('[id]')?.id ?? el.tagName.toLowerCase();
      out.push({
        text: (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
        where: `${el.tagName.toLowerCase()} in #${where}`,
      });
    }
    // Attributes a member meets too: accessible names and titles.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      const marked = el.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== pageLang) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt'])
        if (el.getAttribute(a))
          out.push({ text: el.getAttribute(a) ?? '', where: `${el.tagName.toLowerCase()}[${a}]` });
    }
    out.push({ text: document.title, where: 'title' });
    return out;
  });
}

/**
 * English words a Japanese page must not show even capitalised: the grammar of locators, month names, and the
 * words of the UI and of units. Other capitalised words in Latin letters on a Japanese page are names of
 * organisations, reports and outlets (Help Net Security, HackerOne), which keep their own spelling.
 */
const ENGLISH_EVEN_CAPITALISED = new Set(
  (
    'The Table Tables Figure Row Rows Item Items Source Sources Section Chapter Foreword Legend Note Notes ' +
    'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec January February March April June July August September ' +
    'October November December Study Group Report Reports Working Days Day Trials Trial Seed Baseline Scenario ' +
    'Share Export Download Chart Read Accessed Published Program Programs Yes No None Found Not'
  ).split(' '),
);

/** Words in Latin letters on a Japanese page that are neither names, acronyms nor allowed terms. */
export function englishWords(texts: readonly PageText[], allowed: ReadonlySet<string> = LATIN_ON_JAPANESE) {
  const found: string[] = [];
  for (const { text, where } of texts) {
    // URLs, domains, repository paths and statute citations (6 U.S.C. 659(c)(12)) are names, not words.
    let clean = text
      .replace(/https?:\/\/\S+/g, '')
      .replace(/[\w-]+(?:[./][\w-]+)+\.?/g, '')
      .replace(/\d+(?:\([\w]+\))+/g, '')
      // A program's slug cited in a text (eu-nis2-cvd-coordinators) is an identifier.
      .replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, '');
    for (const phrase of LATIN_PHRASES) clean = clean.replaceAll(phrase, '');
    for (const word of clean.match(/[A-Za-z][A-Za-z'’]*/g) ?? []) {
      if (word.length < 2 || allowed.has(word)) continue;
      const capitalised = /^[A-Z]/.test(word);
      if (capitalised && !ENGLISH_EVEN_CAPITALISED.has(word)) continue; // a name: CISA, HackerOne, Cloud Security Alliance
      found.push(`${word} (${where}: "${text.slice(0, 80)}")`);
    }
  }
  return found;
}

/** Japanese script on an English page. */
export function japaneseText(texts: readonly PageText[]) {
  const found: string[] = [];
  for (const { text, where } of texts)
    for (const run of text.match(JAPANESE) ?? []) found.push(`${run} (${where}: "${text.slice(0, 80)}")`);
  return found;
}
