import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, withSecurityHeaders } from '../src/security-headers.js';

describe('given a response', () => {
  it('sets every security header, copying a response whose headers are immutable', () => {
    const plain = withSecurityHeaders(new Response('x'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(plain.headers.get(name)).toBe(value);
    const immutable = Response.redirect('http://127.0.0.1/x', 302);
    const copied = withSecurityHeaders(immutable);
    expect(copied.headers.get('x-frame-options')).toBe('DENY');
    expect(copied.status).toBe(302);
  });
});
