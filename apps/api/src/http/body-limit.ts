import { createGraphQLError, type Plugin } from 'graphql-yoga';

const tooLarge = () =>
  createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });

/**
 * yoga's own body limit, without its cost on every request: yoga re-streams every body through a counting
 * TransformStream, a twentieth of the time of a cached response. Node's HTTP parser never delivers more than a
 * declared Content-Length, so a body that declares one within the limit needs no counting; only a body without
 * one (chunked) is counted as it streams.
 */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!/^\d+$/.test(declared)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => {
        let read = 0;
        // As yoga does: a native stream needs the native TransformStream, a ponyfilled one the ponyfill's.
        const Transform: typeof TransformStream =
          req.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = req.body!.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > limit) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            body: counted,
            duplex: 'half',
          } as RequestInit),
        );
      });
    },
  };
}
