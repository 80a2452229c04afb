/**
 * Locators: where inside a source a fact is printed. data/ writes them in one small English grammar
 * ('Table 4-2, row 6 (DCMS), item 2', '§1.2.2 (6), Figure 1-7', 'Table 4-3, row CISA; §4.3'); this module owns
 * that grammar: it writes the cell locators derived from Table 4-2 rows and reads any locator back into the
 * member's language, so a Japanese page says 表 4-2・第6行（DCMS）・項目2 and an English page never shows the
 * report's Japanese row labels untranslated.
 */

export type LocatorLang = 'ja' | 'en';

/** The locator of one cell of Table 4-2, derived from its row (the row's label as the report prints it). */
export function tableCellLocator(row: number, label: string, item: number): string {
  return `Table 4-2, row ${row} (${label}), item ${item}`;
}

/**
 * Japanese words of the report's row labels, for English pages ('CISA (ICS, IoT, 医療機器)', 'NIST 及び OMB',
 * 'KISA と KrCERT/CC'). Only what data/ uses; a new one fails the locator test until it is added here.
 */
const LABEL_WORDS_EN: [RegExp, string][] = [
  [/\s*及び\s*/g, ' and '],
  [/\s+と\s+/g, ' and '],
  [/医療機器/g, 'medical devices'],
];

/** Splits at `sep` outside parentheses (labels such as 'CISA (ICS, IoT, 医療機器)' hold commas of their own). */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The trailing parenthesis of a segment, if the segment ends with one: ['Figure 1-1', '2020 3Q: …']. */
function trailingParen(segment: string): [string, string | null] {
  if (!segment.endsWith(')')) return [segment, null];
  let depth = 0;
  for (let i = segment.length - 1; i >= 0; i--) {
    if (segment[i] === ')') depth++;
    else if (segment[i] === '(' && --depth === 0) return [segment.slice(0, i).trim(), segment.slice(i + 1, -1)];
  }
  return [segment, null];
}

const QUARTER = /^(\d{4}) ([1-4])Q$/;

/** Article references inside a law's parenthesis: 'NIS2, Art. 12(1)', 'CRA, Arts. 14-16, Annex I Part II, recital 76'. */
function lawRefJa(text: string): string {
  const ARTICLE = String.raw`\d+(?:-\d+)?[()\da-z]*`;
  return text
    .replace(new RegExp(String.raw`Arts?\. (${ARTICLE}(?:(?:, | and )${ARTICLE})*)`, 'g'), (_, list: string) =>
      list
        .split(/, | and /)
        .map((a) => {
          const range = /^(\d+)-(\d+)$/.exec(a);
          if (range) return `第${range[1]}〜${range[2]}条`;
          const art = /^(\d+)(.*)$/.exec(a);
          return art ? `第${art[1]}条${art[2]}` : a;
        })
        .join('・'),
    )
    .replace(/Annex ([IVX]+)/g, '附属書 $1')
    .replace(/,? ?Part ([IVX]+)/g, ' 第 $1 部')
    .replace(/recital (\d+)/g, '前文第$1項')
    .replace(/, /g, '・');
}

/** One segment (between ', ') in Japanese, or null when the grammar does not know it. */
function segmentJa(segment: string): string | null {
  const [head, paren] = trailingParen(segment);
  let m: RegExpExecArray | null;
  if ((m = /^Table (\d+-\d+)$/.exec(segment))) return `表 ${m[1]}`;
  if ((m = /^Tables (\d+-\d+) and (\d+-\d+)$/.exec(segment))) return `表 ${m[1]}・表 ${m[2]}`;
  if (segment === 'legend') return '凡例';
  if (segment === 'column headings') return '列見出し';
  // Chapter 2's hypotheses (仮説) under §2.2 (1) a)-f), and Chapter 3's cases (事例) under its tables.
  if ((m = /^§([\d.]+) \((\d+)\) ([a-f])\)$/.exec(segment))) return `${m[1]} 節（${m[2]}）${m[3]})`;
  if ((m = /^hypothesis (\d+)$/.exec(segment))) return `仮説${m[1]}`;
  if ((m = /^hypotheses (\d+) and (\d+)$/.exec(segment))) return `仮説${m[1]}・${m[2]}`;
  if ((m = /^case (\d+(?:-\d+)?)$/.exec(segment))) return `事例 ${m[1]}`;
  if ((m = /^Figure (\d+-\d+) legend$/.exec(segment))) return `図 ${m[1]} の凡例`;
  if ((m = /^after Table (\d+-\d+)$/.exec(segment))) return `表 ${m[1]} の後`;
  if ((m = /^Figure (\d+-\d+)$/.exec(head)))
    // A parenthesis after a figure is an English gloss of its numbers (e.g. '(4.03 reports per working day…)'):
    // the figure is the place; the gloss stays in the English data only.
    return `図 ${m[1]}`;
  if ((m = /^§([\d.]+)(?: \((\d+)\))?$/.exec(segment))) return `${m[1]} 節${m[2] ? `（${m[2]}）` : ''}`;
  if (/^foreword(?: \(はじめに\))?$/i.test(segment)) return 'はじめに';
  if (segment === 'header and legend') return '見出しと凡例';
  if ((m = /^row (\d+(?:-\d+)?)$/.exec(head))) return `第${m[1]}行${paren ? `（${paren}）` : ''}`;
  if ((m = /^rows (.+) and (.+)$/.exec(segment))) return `${m[1]}・${m[2]} の行`;
  if ((m = /^row (.+)$/.exec(segment))) return `${m[1]} の行`;
  if ((m = /^item (\d+)$/.exec(segment))) return `項目${m[1]}`;
  if ((m = /^items (\d+) and (\d+)$/.exec(segment))) return `項目${m[1]}・${m[2]}`;
  if ((m = QUARTER.exec(segment))) return `${m[1]}年第${m[2]}四半期`;
  if ((m = /^Schedule (\d+)$/.exec(segment))) return `別表 ${m[1]}`;
  if ((m = /^paragraph (\d+)$/.exec(segment))) return `第${m[1]}項`;
  // A file in a source's repository or capture: its path is its name; a law's articles follow in parentheses.
  if (/^[\w./-]+\.(?:md|html)$/.test(head)) return paren ? `${head}（${lawRefJa(paren)}）` : head;
  return null;
}

/** One segment in English: the grammar is English already; only the report's Japanese labels are rendered. */
function segmentEn(segment: string): string {
  if (/^foreword \(はじめに\)$/i.test(segment)) return segment.replace(/ \(はじめに\)$/, '');
  return LABEL_WORDS_EN.reduce((text, [pattern, en]) => text.replace(pattern, en), segment);
}

/**
 * A locator in the member's language. Japanese joins the parts of one place with ・ and several places with 、
 * ('表 4-3・CISA の行、4.3 節'). Returns null for Japanese when some part is outside the grammar, so a caller
 * can tell (the test over data/ makes sure none is).
 */
export function localizeLocatorStrict(locator: string, lang: LocatorLang): string | null {
  if (lang === 'en')
    return splitTop(locator, '; ')
      .map((place) => splitTop(place, ', ').map(segmentEn).join(', '))
      .join('; ');
  const places: string[] = [];
  for (const place of splitTop(locator, '; ')) {
    const parts = splitTop(place, ', ').map(segmentJa);
    if (parts.some((p) => p === null)) return null;
    places.push(parts.join('・'));
  }
  return places.join('、');
}

/** A locator in the member's language; a locator outside the grammar stays as written (in English). */
export function localizeLocator(locator: string, lang: LocatorLang): string {
  return localizeLocatorStrict(locator, lang) ?? locator;
}
