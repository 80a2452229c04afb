import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kb } from './knowledge-base-data.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SOURCE = 'source { label locator url accessed }';

describe('given websiteOperatorSurvey (Chapter 2)', () => {
  it('serves the contract’s shape: 301 respondents and every figure with question, statement, share and source', async () => {
    const data = await server.data(`{
      websiteOperatorSurvey { respondents figures { question statement share ja: statement(lang: JA) ${SOURCE} } }
    }`);
    const s = data.websiteOperatorSurvey;
    expect(s.respondents).toBe(301);
    expect(s.figures).toHaveLength(kb.operatorSurvey.figures.length);
    s.figures.forEach((f: any, i: number) => {
      const expected = kb.operatorSurvey.figures[i]!;
      expect(f.question).toBe(expected.question ?? '（設問番号の記載なし）');
      expect([f.share, f.statement, f.ja]).toEqual([expected.share, expected.statement.en, expected.statement.ja]);
      expect(f.source).toMatchObject({ locator: expected.source.locator, url: null });
    });
  });

  it('filters by question: 問24 gives the 13.6% who take no action when a vulnerability is found', async () => {
    const data = await server.data(
      `{ websiteOperatorSurvey { figures(question: "問24") { question share questionLabel } } }`,
    );
    expect(data.websiteOperatorSurvey.figures).toEqual([
      { question: '本調査 問24', share: 0.136, questionLabel: 'Main survey Q24' },
    ]);
    const q26 = await server.data(`{ websiteOperatorSurvey { figures(question: "本調査 問26") { question } } }`);
    expect(new Set(q26.websiteOperatorSurvey.figures.map((f: any) => f.question))).toEqual(
      new Set(['本調査 問26(6)(8)', '本調査 問26(1)(3)', '本調査 問26(2)', '問26']),
    );
  });

  it('serves the hypotheses with the seed’s verdicts and their figures (仮説4・5 share theirs)', async () => {
    const data = await server.data(`{
      websiteOperatorSurvey { hypotheses { number verdict verdictText(lang: JA) area { key } figures { printed } } }
    }`);
    const hs = data.websiteOperatorSurvey.hypotheses;
    expect(hs.map((h: any) => h.verdict)).toEqual(kb.operatorSurvey.hypotheses.map((h) => h.verdict));
    expect(hs.find((h: any) => h.number === 14).verdictText).toMatch(/仮説は誤り/);
    expect(hs.find((h: any) => h.number === 5).figures).toEqual(hs.find((h: any) => h.number === 4).figures);
    const rejected = await server.data(`{ websiteOperatorSurvey { hypotheses(verdict: REJECTED) { number } } }`);
    expect(rejected.websiteOperatorSurvey.hypotheses).toEqual([{ number: 14 }]);
  });

  it('serves the conclusions of §2.3 and §5 (1), each with its figures', async () => {
    const data = await server.data(
      `{ websiteOperatorSurvey { conclusions { section figures { printed } ${SOURCE} } } }`,
    );
    const cs = data.websiteOperatorSurvey.conclusions;
    expect(cs.map((c: any) => c.section)).toEqual(['§2.3 (1)', '§2.3 (2)', '§2.3 (3)', '§2.3 (4)', '§5 (1)']);
    expect(cs[3].figures).toEqual([{ printed: '約50%' }]);
  });

  it('refuses a question or hypothesis it does not know, naming the argument, and keeps serving', async () => {
    const bad = await server.gql(`{ websiteOperatorSurvey { figures(question: "Q24") { share } } }`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.message).toMatch(/question 'Q24' is not a question as the seed cites it/);
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('question');
    const none = await server.gql(`{ websiteOperatorSurvey { figures(hypothesis: 15) { share } } }`);
    expect(none.body.errors?.[0]?.message).toMatch(/hypothesis 15 is not one of the survey's hypotheses/);
    expect((await server.data(`{ websiteOperatorSurvey { respondents } }`)).websiteOperatorSurvey.respondents).toBe(
      301,
    );
  });
});

describe('given damageCases (Chapter 3)', () => {
  it('serves every row of Tables 3-1 and 3-2 with the contract’s booleans read from the marks', async () => {
    const data = await server.data(`{
      damageCases { table number raw companySize ja: companySize(lang: JA) defacement serviceStopped informationLeak secondaryDamage summary ${SOURCE} }
    }`);
    expect(data.damageCases).toHaveLength(17);
    data.damageCases.forEach((c: any, i: number) => {
      const e = kb.damageCases.cases[i]!;
      expect([c.table, c.number, c.raw, c.ja]).toEqual([e.table, e.number, e.raw, e.companySize]);
      expect(c.companySize).toBe({ 小: 'Small', 中: 'Medium', 大: 'Large' }[e.companySize]);
      expect(c.defacement).toBe(e.damage[0] === '○');
      expect(c.serviceStopped).toBe(['○', '△', '▲'].includes(e.damage[1]!));
      expect(c.informationLeak).toBe(e.damage[2] === '○');
      expect(c.secondaryDamage).toBe(e.damage[3] === '○');
      expect(c.summary).toBe(e.summary.en);
      expect(c.source.locator).toBe(e.source.locator);
    });
  });

  it('filters by table and by damage kind (a service stop counts △ and ▲ too)', async () => {
    const stopped = await server.data(
      `{ damageCases(table: "3-1", damageKind: SERVICE_STOP) { number damage { column mark } } }`,
    );
    expect(stopped.damageCases.map((c: any) => c.number)).toEqual(['3', '4', '6', '7', '8']);
    const leaks = await server.data(`{ damageCases(damageKind: INFORMATION_LEAK) { table number } }`);
    expect(leaks.damageCases).toHaveLength(kb.damageCases.cases.filter((c) => c.damage[2] === '○').length);
    const bad = await server.gql(`{ damageCases(table: "3-3") { number } }`);
    expect(bad.body.errors?.[0]?.message).toMatch(/table '3-3' is not a damage-case table: use '3-1' or '3-2'/);
  });

  it('serves both legends, the column headings and the two considerations of §3.4', async () => {
    const data = await server.data(`{
      damageCaseLegend(table: "3-2") { mark meaning(lang: JA) }
      damageCaseColumns { key group label(lang: JA) }
      damageCaseConsiderations { section measures(lang: JA) }
    }`);
    expect(data.damageCaseLegend.map((l: any) => l.mark)).toEqual(['○', '×', '■', '△', '▲']);
    expect(data.damageCaseColumns.map((c: any) => c.label).slice(0, 4)).toEqual([
      '改ざん',
      'サービス停止',
      '情報漏えい',
      '風評被害/二次被害',
    ]);
    expect(data.damageCaseConsiderations.map((c: any) => c.section)).toEqual(['§3.4 (1)', '§3.4 (2)']);
  });

  it('names the organisations in English for EN', async () => {
    const data = await server.data(`{ damageCases(table: "3-1") { organization ja: organization(lang: JA) } }`);
    expect(data.damageCases[0]).toEqual({ organization: 'Company A', ja: '企業A' });
  });
});
