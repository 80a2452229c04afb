import { describe, expect, it } from 'vitest';
import { METRIC_INFO } from '../src/index.ts';
import { model } from './model.ts';

/**
 * Japanese texts are punctuated in Japanese: a tile's title reads 「製品：取扱い中」, not 「製品: 取扱い中」 (issue 10:
 * one language per page). English labels keep the ASCII colon.
 */
describe('labels in each language', () => {
  const japanese = [...Object.values(METRIC_INFO).map((i) => i.label.ja), ...model.assumptions.map((a) => a.text.ja)];
  it('Japanese labels use the full-width colon', () => {
    expect(japanese.filter((t) => /[\u3040-\u30ff\u3400-\u9fff]: /.test(t))).toEqual([]);
  });
  it('English labels use no full-width punctuation', () => {
    const english = [...Object.values(METRIC_INFO).map((i) => i.label.en), ...model.assumptions.map((a) => a.text.en)];
    expect(english.filter((t) => /[：、。（）〜]/.test(t))).toEqual([]);
  });
});
