import { describe, expect, it } from 'vitest';
import { formatChange, formatMetric } from './format';

describe('given metric values', () => {
  it('shows counts whole, shares as percent, days and yen in each language', () => {
    expect(formatMetric(1853.4, 'reports', 'ja')).toBe('1,853');
    expect(formatMetric(0.2912, 'share', 'ja')).toBe('29.1%');
    expect(formatMetric(45, 'days', 'ja')).toBe('45 日');
    expect(formatMetric(45, 'days', 'en')).toBe('45 d');
    expect(formatMetric(70000, 'JPY', 'ja')).toMatch(/70,000/);
    expect(formatMetric(4.031, 'reports/working day', 'en')).toBe('4.03');
  });

  it('signs a change, in points for a share', () => {
    expect(formatChange(1846, 43, 'reports', 'ja')).toBe('−1,803');
    expect(formatChange(0.289, 0.993, 'share', 'en')).toBe('+70.4 pt');
    expect(formatChange(5, 5, 'reports', 'en')).toBe('±0');
  });
});
