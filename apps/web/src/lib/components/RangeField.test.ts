// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RangeField from './RangeField.svelte';

afterEach(cleanup);

function field(props: Record<string, unknown> = {}) {
  const calls = { preview: vi.fn(), commit: vi.fn(), invalid: vi.fn() };
  render(RangeField, {
    props: {
      id: 'days',
      label: '受理から公開までの日数',
      unit: '日',
      value: 45,
      min: 0,
      max: 365,
      step: 1,
      limits: { min: 0, max: 7300, integer: true },
      onpreview: calls.preview,
      oncommit: calls.commit,
      oninvalid: calls.invalid,
      ...props,
    },
  });
  const box = screen.getByRole<HTMLInputElement>('spinbutton');
  const slider = screen.queryByRole<HTMLInputElement>('slider');
  const hint = () => document.getElementById('days-hint')!.textContent ?? '';
  return { calls, box, slider, hint };
}

describe('given a value typed within the allowed values', () => {
  it('previews while typing and commits when it settles', async () => {
    const { calls, box } = field();
    box.value = '60';
    await fireEvent.input(box);
    expect(calls.preview).toHaveBeenLastCalledWith(60);
    await fireEvent.change(box);
    expect(calls.commit).toHaveBeenLastCalledWith(60);
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });

  it('moves the slider to preview and commit alike', async () => {
    const { calls, slider } = field();
    slider!.value = '90';
    await fireEvent.input(slider!);
    await fireEvent.change(slider!);
    expect(calls.preview).toHaveBeenLastCalledWith(90);
    expect(calls.commit).toHaveBeenLastCalledWith(90);
  });
});

describe('given a value the engine cannot run', () => {
  for (const typed of ['99999', '-5', '4.5']) {
    it(`refuses ${typed} next to the field, naming the allowed range in words, and runs nothing`, async () => {
      const { calls, box, hint } = field();
      box.value = typed;
      await fireEvent.input(box);
      await fireEvent.change(box);
      expect(calls.preview).not.toHaveBeenCalled();
      expect(calls.commit).not.toHaveBeenCalled();
      expect(calls.invalid).toHaveBeenLastCalledWith(true);
      expect(box.getAttribute('aria-invalid')).toBe('true');
      expect(hint()).toContain('0 以上 7,300 以下の整数を入力してください（単位：日）');
      // Nothing was computed, so nothing is called an extrapolation.
      expect(hint()).not.toContain('外挿');
    });
  }

  it('clears the error once a good value is typed', async () => {
    const { calls, box, hint } = field();
    box.value = '99999';
    await fireEvent.input(box);
    box.value = '100';
    await fireEvent.input(box);
    expect(calls.invalid).toHaveBeenLastCalledWith(false);
    expect(hint()).not.toContain('入力してください');
  });

  it('says so when the field goes away while holding it', async () => {
    const { calls, box } = field();
    box.value = '99999';
    await fireEvent.input(box);
    cleanup();
    expect(calls.invalid).toHaveBeenLastCalledWith(false);
  });
});

describe('given a share shown in percent', () => {
  it('shows and reads percent, and states the range in percent', async () => {
    const { calls, box, hint } = field({
      value: 0.55,
      max: 100,
      scale: 100,
      unit: '%',
      limits: { min: 0, max: 1, integer: false },
    });
    expect(box.value).toBe('55');
    box.value = '150';
    await fireEvent.input(box);
    expect(hint()).toContain('0 以上 100 以下の数値');
    box.value = '80';
    await fireEvent.change(box);
    expect(calls.commit).toHaveBeenLastCalledWith(0.8);
  });
});

describe('given a lever outside the evidence', () => {
  it('warns next to the field that the result is an extrapolation', () => {
    const { hint } = field({ value: 300, evidence: [15, 120] });
    expect(hint()).toContain('15〜120');
    expect(hint()).toContain('⚠');
  });
});

describe('given an optional box (trials)', () => {
  it('takes a blank box as the default and has no slider', async () => {
    const onclear = vi.fn();
    const { calls, box, slider } = field({ value: null, optional: true, onclear, slider: false });
    expect(slider).toBeNull();
    expect(box.value).toBe('');
    box.value = '';
    await fireEvent.change(box);
    expect(onclear).toHaveBeenCalled();
    expect(calls.invalid).not.toHaveBeenCalledWith(true);
  });
});
