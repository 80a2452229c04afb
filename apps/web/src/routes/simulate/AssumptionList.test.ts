// @vitest-environment happy-dom
import { resolve } from 'node:path';
import { loadSimulationModel } from '@kaiji/sim/node';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AssumptionList from './AssumptionList.svelte';

afterEach(cleanup);
const { assumptions } = loadSimulationModel(resolve(process.cwd(), '../../data'));

describe('given the model assumptions', () => {
  it('lists each with its range, confidence and source (a link only for http(s))', () => {
    const { container } = render(AssumptionList, {
      props: { assumptions, pinned: {}, onset: () => {}, onreset: () => {}, oninvalid: () => {} },
    });
    expect(container.querySelectorAll('li')).toHaveLength(assumptions.length);
    for (const a of container.querySelectorAll('.src a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '前提を既定値に戻す' }).disabled).toBe(true);
  });

  it('marks a pinned one, reports a change, and enables the reset', async () => {
    const a = assumptions.find((x) => x.role === 'response')!;
    const onset = vi.fn();
    const onreset = vi.fn();
    const { container } = render(AssumptionList, {
      props: { assumptions, pinned: { [a.key]: a.range[1] }, onset, onreset, oninvalid: () => {} },
    });
    expect(container.querySelectorAll('li.overridden')).toHaveLength(1);
    const box = container.querySelector(`#a-${a.key.replace(/\./g, '-')}-box`) as HTMLInputElement;
    box.value = String(a.range[0]);
    await fireEvent.change(box);
    expect(onset).toHaveBeenCalledWith(a.key, a.range[0], true);
    await fireEvent.click(screen.getByRole('button', { name: '前提を既定値に戻す' }));
    expect(onreset).toHaveBeenCalled();
  });
});
