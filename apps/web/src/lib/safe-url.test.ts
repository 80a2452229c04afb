import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('given a URL from the data', () => {
  it('keeps http and https', () => {
    expect(safeUrl('https://www.ipa.go.jp/security/')).toBe('https://www.ipa.go.jp/security/');
  });
  it('drops javascript:, data: and junk', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
