import { describe, expect, it } from 'vitest';
import { formatRange, joinList } from './i18n';

describe('given a list or a range to write', () => {
  it('uses Japanese punctuation on a Japanese page only', () => {
    expect(joinList(['政府システム', '生命・安全'], 'ja')).toBe('政府システム、生命・安全');
    expect(joinList(['Bounty', 'Acknowledgement'], 'en')).toBe('Bounty, Acknowledgement');
    expect(formatRange('3', '30', 'ja')).toBe('3〜30');
    expect(formatRange('3', '30', 'en')).toBe('3–30');
  });
});
