import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

describe('given a long Japanese label', () => {
  it('breaks it into lines of the width, never starting a line with closing punctuation', () => {
    const lines = wrapText('IPA が注意喚起で広く対策を促した後、処理をとりやめたもの', 10).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[、。）]/);
    expect(lines.join('')).toBe('IPA が注意喚起で広く対策を促した後、処理をとりやめたもの');
  });
});

describe('given an English label', () => {
  it('breaks at spaces', () => {
    expect(wrapText('Closed after an IPA alert', 8)).toBe('Closed after\nan IPA alert');
  });
  it('leaves a short label alone', () => {
    expect(wrapText('Fixed', 10)).toBe('Fixed');
  });
});

describe('given a Japanese label with a katakana word at the edge', () => {
  it('keeps the word whole (no ウェブサイ / ト)', () => {
    const lines = wrapText('ウェブサイト運営者への連絡', 7).split('\n');
    expect(lines).toContain('ウェブサイト');
    expect(lines.join('')).toBe('ウェブサイト運営者への連絡');
  });
});
