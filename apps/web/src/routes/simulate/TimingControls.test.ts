// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatePage } from '$lib/simulate/simulate-page.svelte';
import TimingControls from './TimingControls.svelte';

// Real timers back after every test, also one that failed before its own useRealTimers(): test files share
// their worker's modules (vitest.config.ts), so fake timers left on would reach the next file.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function controls(search = '') {
  const page = new SimulatePage(new URLSearchParams(search), '1.0.0', [], () => {});
  vi.useFakeTimers();
  render(TimingControls, { props: { page } });
  return page;
}

describe('given the start-date presets', () => {
  it('"from 2027-04-01" takes effect then and projects to 2030 when no horizon was set', async () => {
    const page = controls();
    await fireEvent.click(screen.getByRole('radio', { name: '2027年4月1日から' }));
    expect(page.scenario.startsOn).toBe('2027-04-01');
    expect(page.scenario.until).toBe('2030-03-31');
    await fireEvent.click(screen.getByRole('radio', { name: /いつも/ }));
    expect(page.scenario.startsOn).toBeNull();
    vi.useRealTimers();
  });

  it('offers the horizons 2030 and 2035 beside the data end', async () => {
    const page = controls();
    await fireEvent.click(screen.getByRole('radio', { name: '2035年3月31日まで（予測）' }));
    expect(page.scenario.until).toBe('2035-03-31');
    await fireEvent.click(screen.getByRole('radio', { name: 'データの終わりまで（2020年9月30日）' }));
    expect(page.scenario.until).toBeNull();
    vi.useRealTimers();
  });
});

describe('given a typed start date', () => {
  it('refuses one outside the run and says which dates it takes', async () => {
    const page = controls('until=2030-03-31');
    await fireEvent.click(screen.getByRole('radio', { name: '日付を指定する' }));
    const box = document.getElementById('starts-on') as HTMLInputElement;
    box.value = '2031-01-01';
    await fireEvent.change(box);
    expect(page.valid).toBe(false);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('starts-on-hint')?.textContent).toContain('2004年7月8日から2030年3月31日まで');
    box.value = '2028-10-01';
    await fireEvent.change(box);
    expect(page.valid).toBe(true);
    expect(page.scenario.startsOn).toBe('2028-10-01');
    vi.useRealTimers();
  });
});
