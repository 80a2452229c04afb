import { createHash, timingSafeEqual } from 'node:crypto';
import { createGraphQLError } from 'graphql-yoga';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Who may write (save and delete scenarios). With a token (KAIJI_WRITE_TOKEN), a request must carry
 * `Authorization: Bearer <token>`; without one, writes are open, which suits a machine used by one study group.
 * The comparison takes the same time whatever the token sent (both sides are hashed to equal lengths first).
 */
export function writeAccess(token: string | undefined): (request: Request) => boolean {
  if (!token) return () => true;
  const expected = digest(token);
  return (request) => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer[ \t]+(.+?)[ \t]*$/i.exec(header);
    return timingSafeEqual(digest(match?.[1] ?? ''), expected) && match !== null;
  };
}

export const unauthenticated = () =>
  createGraphQLError(
    'Writing needs `Authorization: Bearer <token>` with the token this server was started with (KAIJI_WRITE_TOKEN).',
    {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="kaiji"' } },
      },
    },
  );
