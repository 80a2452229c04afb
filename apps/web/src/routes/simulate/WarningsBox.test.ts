// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import WarningsBox from './WarningsBox.svelte';

afterEach(cleanup);

const warnings = [
  {
    code: 'LEVER_OUTSIDE_EVIDENCE' as const,
    text: { ja: '報奨金が根拠の範囲外です。', en: 'The bounty is outside the evidence.' },
  },
  { code: 'STAFF_LOAD_BEYOND_HISTORY' as const, text: { ja: '負荷が過去を超えます。', en: 'Load beyond history.' } },
  { code: 'PREVIEW' as const, text: { ja: 'プレビュー', en: 'Preview' } },
];

describe('given warnings in presentation mode', () => {
  it('folds them to one line that opens', () => {
    const { container } = render(WarningsBox, { props: { warnings, folded: true } });
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    expect(container.querySelector('summary')?.textContent).toContain('注意（2 件）');
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });
});

describe('given warnings on the page', () => {
  it('lists them all but the preview note', () => {
    const { container } = render(WarningsBox, { props: { warnings } });
    expect(container.querySelector('details')).toBeNull();
    expect([...container.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      '報奨金が根拠の範囲外です。',
      '負荷が過去を超えます。',
    ]);
  });
});

describe('given a warning that names an input by its code', () => {
  it('names it by the field label in the page language instead', () => {
    const lever = {
      code: 'LEVER_OUTSIDE_EVIDENCE' as const,
      field: 'bounty.amountJpy',
      text: {
        ja: 'bounty.amountJpy = 5000000 は根拠のある範囲（3000〜300000）の外です。',
        en: 'bounty.amountJpy = 5000000 is outside 3000 to 300000.',
      },
    };
    const { container } = render(WarningsBox, { props: { warnings: [lever] } });
    const text = container.querySelector('li')?.textContent ?? '';
    expect(text).not.toContain('bounty.amountJpy');
    expect(text).toMatch(/^「報奨金.+」 = 5000000 は/);
  });
});
