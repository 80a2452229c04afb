// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { readView } from '$lib/simulate/link';
import LinkNotice from './LinkNotice.svelte';

afterEach(cleanup);

describe('given a link with values that cannot run', () => {
  it('names each ignored field in words with what it allows', () => {
    const { ignored } = readView(
      new URLSearchParams(
        'forcedPublication.afterDays=abc&legalMandate.remediationDays=30&legalMandate.compliance=5&x=1',
      ),
    );
    const { container } = render(LinkNotice, { props: { ignored } });
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).toEqual([
      '一定期間経過後の公開・受理から公開までの日数：「abc」（0 以上 7,300 以下の整数で指定します）',
      '法的な担保（ウェブサイトの修正義務）・期限を守る運営者の割合：「5」（0 以上 1 以下の数値で指定します）',
      '項目 x：「1」（この項目はありません）',
    ]);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('shows nothing for a clean link', () => {
    const { container } = render(LinkNotice, { props: { ignored: [] } });
    expect(container.textContent?.trim()).toBe('');
  });
});
