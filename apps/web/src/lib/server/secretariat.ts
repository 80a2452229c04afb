import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

/**
 * Who may write through the UI. With KAIJI_WRITE_TOKEN set, only a signed-in secretariat: it signs in once with
 * that passphrase and gets a session of this server (the token itself never reaches a browser); the server
 * forwards a write to the API with the token only for a signed-in session. Without the variable, writes are
 * open to anyone who can reach the site, and the page says so.
 */
export const SESSION_COOKIE = 'kaiji_session';
/** A working day and a meeting: long enough not to sign in twice a day, short enough for a shared machine. */
const SESSION_HOURS = 10;
/** Enough for a secretariat on several machines; a flood of sign-ins evicts the oldest, not the server's memory. */
const MAX_SESSIONS = 200;

interface Session {
  /** A short, non-secret name for the logs: never the cookie value. */
  label: string;
  expires: number;
}

/** In memory: a restart signs everyone out, which is the safe direction. */
const sessions = new Map<string, Session>();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export type WritePolicy = { open: true } | { open: false; signedIn: boolean; label: string | null };

/** Whether KAIJI_WRITE_TOKEN protects writes on this server. */
export function writesProtected(): boolean {
  return Boolean(env.KAIJI_WRITE_TOKEN);
}

/** Whether the passphrase is the write token, in time independent of where they differ. */
export function passphraseMatches(passphrase: string): boolean {
  const token = env.KAIJI_WRITE_TOKEN;
  if (!token) return false;
  return timingSafeEqual(digest(passphrase), digest(token));
}

function sessionOf(cookies: Cookies): Session | undefined {
  const id = cookies.get(SESSION_COOKIE);
  if (!id) return undefined;
  const session = sessions.get(id);
  if (!session) return undefined;
  if (session.expires <= Date.now()) {
    sessions.delete(id);
    return undefined;
  }
  return session;
}

/** What this request may do: write freely, or write only when signed in (and as which session). */
export function writePolicy(cookies: Cookies): WritePolicy {
  if (!writesProtected()) return { open: true };
  const session = sessionOf(cookies);
  return { open: false, signedIn: session !== undefined, label: session?.label ?? null };
}

/**
 * Starts a session and sets its cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it, so a cross-site form cannot write), Secure when the site is served over TLS (ORIGIN=https://…).
 */
export function signIn(cookies: Cookies, url: URL): string {
  for (const [id, session] of sessions) if (session.expires <= Date.now()) sessions.delete(id);
  while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  const id = randomBytes(32).toString('base64url');
  const label = `web-${createHash('sha256').update(id).digest('hex').slice(0, 12)}`;
  sessions.set(id, { label, expires: Date.now() + SESSION_HOURS * 3600_000 });
  cookies.set(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: url.protocol === 'https:',
    maxAge: SESSION_HOURS * 3600,
  });
  return label;
}

export function signOut(cookies: Cookies, url: URL): void {
  const id = cookies.get(SESSION_COOKIE);
  if (id) sessions.delete(id);
  cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}

/**
 * The headers a write forwarded to the API carries: the token and the session's label for the API's write log
 * when signed in, nothing when writes are open; null when this request may not write.
 */
export function writeHeaders(policy: WritePolicy): Record<string, string> | null {
  if (policy.open) return {};
  if (!policy.signedIn || !policy.label) return null;
  return { authorization: `Bearer ${env.KAIJI_WRITE_TOKEN}`, 'x-kaiji-session': policy.label };
}
