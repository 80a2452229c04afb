import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** A tiny RFC 4180 reader, so the test does not trust the library that wrote the file. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function get(path: string) {
  const response = await fetch(`${server.origin}${path}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('given the comparison matrix export', () => {
  it('CSV opens with a UTF-8 BOM and Japanese headers when lang=ja', async () => {
    const { response, bytes, text } = await get('/export/matrix.csv?lang=ja');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="kaiji-comparison-matrix.csv"/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(text.slice(1));
    expect(rows[0]!.slice(0, 5)).toEqual(['スラッグ', '取組み', '組織', '国・地域', '1 脆弱性の受付有無']);
    expect(rows[0]![11]).toBe('8 報告対象の限定');
    expect(rows[0]).toContain('受付対象');
    const cisa = rows.find((r) => r[0] === 'cisa-bod-20-01')!;
    expect(cisa[4]).toBe('○');
    expect(cisa).toContain('政府システム');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('CSV headers are English by default, and every program is a row', async () => {
    const { text } = await get('/export/matrix.csv');
    const rows = readCsv(text.slice(1));
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Slug',
      'Program',
      'Organization',
      'Jurisdiction',
      '1 Accepts vulnerability reports',
    ]);
    const all = await server.data(`{ programs { totalCount } }`);
    expect(rows.length - 1).toBe(all.programs.totalCount);
  });

  it('honours the same filters as the API (lists comma-separated or repeated)', async () => {
    const api = await server.data(
      `{ comparisonMatrix(filter: { intakeScopes: [IOT, GOVERNMENT_SYSTEMS], coordinates: true }) { programs { slug } } }`,
    );
    const expected = api.comparisonMatrix.programs.map((p: { slug: string }) => p.slug);
    expect(expected.length).toBeGreaterThan(0);
    const csv = readCsv(
      (await get('/export/matrix.csv?intakeScopes=IOT,GOVERNMENT_SYSTEMS&coordinates=true')).text.slice(1),
    );
    expect(csv.slice(1).map((r) => r[0])).toEqual(expected);
    const json = JSON.parse(
      (await get('/export/matrix.json?intakeScopes=IOT&intakeScopes=GOVERNMENT_SYSTEMS&coordinates=true')).text,
    );
    expect(json.programs.map((p: { slug: string }) => p.slug)).toEqual(expected);
  });

  it('JSON carries every cell with its source', async () => {
    const { response, text } = await get('/export/matrix.json?lang=ja&text=CERT');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const json = JSON.parse(text);
    expect(json.lang).toBe('JA');
    expect(json.items).toHaveLength(8);
    const surveyed = json.programs.filter((p: { surveyed: boolean }) => p.surveyed);
    expect(surveyed.length).toBeGreaterThan(0);
    for (const p of surveyed) {
      expect(p.survey).toHaveLength(8);
      for (const cell of p.survey) expect(cell.source.locator).toMatch(/^Table 4-2/);
    }
  });

  it('refuses unknown parameters and bad values with a 400 that says why', async () => {
    for (const [query, message] of [
      ['?colour=red', /Unknown parameter "colour"/],
      ['?lang=fr', /lang must be ja or en/],
      ['?coordinates=maybe', /coordinates must be true or false/],
      ['?intakeScopes=MARS', /intakeScopes/],
    ] as const) {
      const { response, text } = await get(`/export/matrix.csv${query}`);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(text).errors[0].message).toMatch(message);
    }
    const post = await fetch(`${server.origin}/export/matrix.csv`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
