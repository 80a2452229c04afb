// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PresetPicker from './PresetPicker.svelte';
import SeriesPicker from './SeriesPicker.svelte';

afterEach(cleanup);

describe('given the presets', () => {
  it('marks the current one and reports a pick', async () => {
    const onpick = vi.fn();
    render(PresetPicker, { props: { current: 'cert-cc', onpick } });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /CERT\/CC/ }).checked).toBe(true);
    await fireEvent.click(screen.getByRole('radio', { name: /KISA/ }));
    expect(onpick).toHaveBeenCalledWith('kisa-krcert');
  });

  it('shows "custom" only when the levers match no preset', () => {
    render(PresetPicker, { props: { current: 'custom', onpick: () => {} } });
    expect(screen.getByText('カスタム')).toBeTruthy();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});

describe('given the series picker', () => {
  it('reports the chart picked', async () => {
    const onpick = vi.fn();
    render(SeriesPicker, { props: { current: 'productInHandling', onpick } });
    await fireEvent.click(screen.getByRole('radio', { name: /修正完了の累計/ }));
    expect(onpick).toHaveBeenCalledWith('websiteFixedCumulative');
  });
});
