import { describe, expect, it } from 'vitest';
import { clientAddress, FAIR_USE, FairUse, fairUseMessage } from '../src/fair-use.ts';

const small = Object.fromEntries(
  Object.keys(FAIR_USE).map((kind) => [kind, { points: 2, perSeconds: 60 }]),
) as ConstructorParameters<typeof FairUse>[0];

describe('given per-client budgets', () => {
  it('refuses a client over its budget with the seconds to wait, while another keeps its turn', async () => {
    const fairUse = new FairUse(small);
    expect(await fairUse.take('simulate', 'a')).toEqual({ allowed: true });
    expect(await fairUse.take('simulate', 'a')).toEqual({ allowed: true });
    const refused = await fairUse.take('simulate', 'a');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect(await fairUse.take('simulate', 'b')).toEqual({ allowed: true });
    // Budgets are per kind: the same client may still export.
    expect(await fairUse.take('export', 'a')).toEqual({ allowed: true });
  });

  it('gives every limit a reason', () => {
    for (const limit of Object.values(FAIR_USE)) expect(limit.reason.length).toBeGreaterThan(40);
  });

  it('says in both languages how long to wait', () => {
    const message = fairUseMessage('simulate', 12);
    expect(message.en).toMatch(/12 s/);
    expect(message.ja).toMatch(/12 秒後/);
    expect(message.en).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff]/);
  });
});

describe('given who sent a request', () => {
  it('believes X-Forwarded-For only from this machine, and then only its last entry', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.7')).toBe('203.0.113.5');
    expect(clientAddress('127.0.0.1', 'spoofed, 198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddress('::1', '198.51.100.8')).toBe('198.51.100.8');
    expect(clientAddress('::ffff:127.0.0.1', null)).toBe('::ffff:127.0.0.1');
    expect(clientAddress(undefined, undefined)).toBe('unknown');
  });
});
