// Review over real HTTP against a second `next start` on a scratch store: a reviewer made with the CLI signs in,
// adds an article, accepts, rejects, edits, merges and reverts through /api/graphql; the API and pages reflect each
// change at once; without a session, without the CSRF token or after sign-out every write is refused and nothing
// changes; two sessions saving one claim get one save and one conflict.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStoreServer } from '../support/store-server';
import { addReviewer, gqlAs, postForm, REVIEW_ARTICLE, REVIEW_ARTICLE_ID, session, signIn, type SignedIn } from '../support/review';

const server = useStoreServer();
let base: string;
let ana: SignedIn;
let apiToken: string;

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article outcome relations reviewUrl } }`;
const QUEUE = `query ($article: ID, $status: RelationStatus) { reviewQueue(article: $article, status: $status, first: 100) { remaining items { id type status version source { id } target { id } evidence { quote start end } } } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!, $decision: ReviewDecision!, $reason: RejectReason) { reviewRelation(id: $id, version: $version, decision: $decision, reason: $reason) { id status version reason } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $type: RelationType, $source: ID, $target: ID, $qualifier: String) { updateRelation(id: $id, version: $version, type: $type, source: $source, target: $target, qualifier: $qualifier) { id type status version qualifier } }`;
const RELATIONS = `query ($id: ID!) { entity(id: $id) { id name aliases relations { id type status qualifier } } }`;

beforeAll(async () => {
  base = server.baseURL;
  // Through the running server's socket when embedded: the CLI never opens the database twice.
  const added = await addReviewer(server.store, 'ana');
  expect(added.code, added.stderr).toBe(0);
  const bot = await addReviewer(server.store, 'bot', { token: 'import script' });
  expect(bot.code, bot.stderr).toBe(0);
  apiToken = bot.token!;
  ana = await signIn(base, 'ana');
}, 120_000);

const queue = async (article = REVIEW_ARTICLE_ID, status = 'UNREVIEWED') => (await gqlAs(base, QUEUE, { article, status })).data.reviewQueue;

describe('reviewers and sessions', { timeout: 120_000 }, () => {
  it('should set an http-only SameSite session cookie, and refuse a wrong password, a missing Origin and a weak new password', async () => {
    expect(ana.setCookie).toMatch(/HttpOnly/i);
    expect(ana.setCookie).toMatch(/SameSite=lax/i);
    const wrong = await postForm(base, '/api/auth/sign-in', { name: 'ana', password: 'not the password', next: '/review' });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toMatch(/\/sign-in\?error=invalid/);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const foreign = await postForm(base, '/api/auth/sign-in', { name: 'ana', password: 'a long test password' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const weak = await addReviewer(server.store, 'weakling', { password: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
  });

  it('should send an anonymous visitor of /review to the sign-in page', async () => {
    const response = await fetch(`${base}/review`, { redirect: 'manual' });
    await response.text();
    expect([303, 307]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/sign-in\?next=%2Freview/);
  });
});

describe('review through /api/graphql', { timeout: 180_000 }, () => {
  it('should refuse every write without a session (401) or without the CSRF token (403), writing nothing', async () => {
    const input = { text: REVIEW_ARTICLE };
    const anonymous = await gqlAs(base, INGEST, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const noCsrf = await gqlAs(base, INGEST, { input }, { cookie: ana.cookie });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.errors![0].extensions!.code).toBe('FORBIDDEN');
    const wrongCsrf = await gqlAs(base, INGEST, { input }, { cookie: ana.cookie, 'x-csrf-token': `${ana.csrf.slice(0, -1)}x` });
    expect(wrongCsrf.status).toBe(403);
    expect((await gqlAs(base, `{ article(id: "${REVIEW_ARTICLE_ID}") { id } }`, {})).data.article).toBeNull();
    // Mutations never run over GET.
    const get = await fetch(`${base}/api/graphql?query=${encodeURIComponent('mutation { revert(change: "1") { entity { id } } }')}`, { headers: { 'apollo-require-preflight': '1', ...session(ana) } });
    await get.text();
    expect(get.status).toBe(405);
  });

  it('should refuse bad input with BAD_USER_INPUT and write nothing', async () => {
    const badUrl = await gqlAs(base, INGEST, { input: { text: REVIEW_ARTICLE, url: 'javascript:alert(1)' } }, session(ana));
    expect(badUrl.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badUrl.errors![0].message).toMatch(/url/);
    const empty = await gqlAs(base, INGEST, { input: { title: 'Nothing here', text: '   ' } }, session(ana));
    expect(empty.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await gqlAs(base, `{ article(id: "${REVIEW_ARTICLE_ID}") { id } }`, {})).data.article).toBeNull();
  });

  it('should ingest an article whose claims all start UNREVIEWED, served at once', async () => {
    const result = await gqlAs(base, INGEST, { input: { text: REVIEW_ARTICLE } }, session(ana));
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({ article: REVIEW_ARTICLE_ID, outcome: 'ADDED', reviewUrl: `/review?article=${REVIEW_ARTICLE_ID}` });
    const { remaining, items } = await queue();
    expect(remaining).toBe(result.data.ingestArticle.relations);
    expect(remaining).toBeGreaterThanOrEqual(6);
    // No waiting: the mutation answered after the read model caught up.
    const person = (await gqlAs(base, RELATIONS, { id: 'tiago-mendonca' })).data.entity;
    expect(person.relations.length).toBeGreaterThan(0);
    for (const r of person.relations) expect(r.status).toBe('UNREVIEWED');
    for (const item of items) for (const e of item.evidence) expect(REVIEW_ARTICLE).toContain(e.quote);
    const history = await gqlAs(base, `{ history(kind: RELATION, id: "${items[0].id}") { actor action } }`, {});
    expect(history.data.history).toContainEqual({ actor: 'ana', action: 'CREATE' });
  });

  it('should accept two, reject one and edit one, each visible in the API and on the entity page', async () => {
    const { items, remaining } = await queue();
    const [first, second, third] = items.filter((i: any) => i.type !== 'MET_WITH');
    const edit = items.find((i: any) => i.type === 'SUPPORTS' && i !== first && i !== second && i !== third) ?? items.find((i: any) => ![first, second, third].includes(i));
    for (const item of [first, second]) {
      const r = await gqlAs(base, REVIEW, { id: item.id, version: item.version, decision: 'ACCEPT' }, session(ana));
      expect(r.data.reviewRelation).toMatchObject({ status: 'ACCEPTED', version: item.version + 1 });
    }
    const noReason = await gqlAs(base, REVIEW, { id: third.id, version: third.version, decision: 'REJECT' }, session(ana));
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const rejected = await gqlAs(base, REVIEW, { id: third.id, version: third.version, decision: 'REJECT', reason: 'WRONG_ENTITY' }, session(ana));
    expect(rejected.data.reviewRelation).toMatchObject({ status: 'REJECTED', reason: 'WRONG_ENTITY' });
    const edited = await gqlAs(base, UPDATE, { id: edit.id, version: edit.version, qualifier: 'if NATO agrees' }, session(ana));
    expect(edited.data.updateRelation).toMatchObject({ id: edit.id, status: 'ACCEPTED', qualifier: 'if NATO agrees' });
    expect((await queue()).remaining).toBe(remaining - 4);

    const served = async (id: string, entity: string) => (await gqlAs(base, RELATIONS, { id: entity })).data.entity.relations.find((r: any) => r.id === id);
    expect(await served(first.id, first.source.id)).toMatchObject({ status: 'ACCEPTED' });
    expect(await served(third.id, third.source.id)).toBeUndefined();
    expect(await served(edit.id, edit.source.id)).toMatchObject({ status: 'ACCEPTED', qualifier: 'if NATO agrees' });
    // The rejected claim is kept, with its reason.
    expect((await gqlAs(base, `{ relationRecord(id: "${third.id}") { status reason } }`, {})).data.relationRecord).toEqual({ status: 'REJECTED', reason: 'WRONG_ENTITY' });

    const page = await (await fetch(`${base}/entities/${edit.source.id}`)).text();
    expect(page).toContain('if NATO agrees');
    expect(page).toMatch(/class="status-badge status-accepted">reviewed</);
    const reviewedOnly = await (await fetch(`${base}/entities/tiago-mendonca?reviewed=1`)).text();
    const everything = await (await fetch(`${base}/entities/tiago-mendonca`)).text();
    expect(everything).toMatch(/machine-extracted, unreviewed/);
    expect(reviewedOnly).not.toMatch(/machine-extracted, unreviewed/);
  });

  it('should save one of two sessions editing the same claim and give the other a conflict with the current state', async () => {
    const ben = await signIn(base, 'ana');
    const [item] = (await queue()).items;
    const [a, b] = await Promise.all([
      gqlAs(base, REVIEW, { id: item.id, version: item.version, decision: 'ACCEPT' }, session(ana)),
      gqlAs(base, UPDATE, { id: item.id, version: item.version, qualifier: 'lost update?' }, session(ben)),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions!.code : 'SAVED')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'SAVED']);
    const conflict = [a, b].find((r) => r.errors)!;
    expect(conflict.status).toBe(409);
    expect(conflict.errors![0].extensions!.current).toMatchObject({ id: item.id, version: item.version + 1 });
    const record = (await gqlAs(base, `{ relationRecord(id: "${item.id}") { version qualifier status } }`, {})).data.relationRecord;
    expect(record.version).toBe(item.version + 1);
  });

  it('should merge two entities (the old id answers 308 to the survivor) and revert an edit', async () => {
    const merged = await gqlAs(base, `mutation { mergeEntities(from: "sigrun-haraldsdottir", into: "tiago-mendonca") { id aliases version } }`, {}, session(ana));
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.aliases).toContain('Sigrun Haraldsdottir');
    expect((await gqlAs(base, `{ entity(id: "sigrun-haraldsdottir") { id } }`, {})).data.entity.id).toBe('tiago-mendonca');
    const old = await fetch(`${base}/entities/sigrun-haraldsdottir`, { redirect: 'manual' });
    await old.text();
    expect(old.status).toBe(308);
    expect(old.headers.get('location')).toMatch(/\/entities\/tiago-mendonca$/);

    const renamed = await gqlAs(base, `mutation { updateEntity(id: "viktor-orban", version: 1, name: "Viktor Orbán") { name version } }`, {}, session(ana));
    expect(renamed.data.updateEntity).toEqual({ name: 'Viktor Orbán', version: 2 });
    expect((await gqlAs(base, RELATIONS, { id: 'viktor-orban' })).data.entity.name).toBe('Viktor Orbán');
    const [change] = (await gqlAs(base, `{ history(kind: ENTITY, id: "viktor-orban") { id action revertible } }`, {})).data.history;
    expect(change).toMatchObject({ action: 'UPDATE', revertible: true });
    const reverted = await gqlAs(base, `mutation ($c: ID!) { revert(change: $c) { entity { name version } } }`, { c: change.id }, session(ana));
    expect(reverted.data.revert.entity).toEqual({ name: 'Viktor Orban', version: 3 });
    expect((await gqlAs(base, RELATIONS, { id: 'viktor-orban' })).data.entity.name).toBe('Viktor Orban');
  });

  it('should accept an API token without CSRF, and refuse every write after sign-out', async () => {
    const [item] = (await queue()).items;
    const byToken = await gqlAs(base, REVIEW, { id: item.id, version: item.version, decision: 'ACCEPT' }, { authorization: `Bearer ${apiToken}` });
    expect(byToken.data.reviewRelation.status).toBe('ACCEPTED');
    const badToken = await gqlAs(base, REVIEW, { id: item.id, version: item.version + 1, decision: 'UNREVIEW' }, { authorization: 'Bearer pkg_nope' });
    expect(badToken.status).toBe(401);

    const out = await postForm(base, '/api/auth/sign-out', { csrf: ana.csrf }, { cookie: ana.cookie });
    expect(out.status).toBe(303);
    const after = await gqlAs(base, REVIEW, { id: item.id, version: item.version + 1, decision: 'UNREVIEW' }, session(ana));
    expect(after.status).toBe(401);
    expect((await gqlAs(base, `{ relationRecord(id: "${item.id}") { status } }`, {})).data.relationRecord.status).toBe('ACCEPTED');
  });
});

describe('corrections through /api/graphql', { timeout: 180_000 }, () => {
  let cara: SignedIn;
  const EVIDENCE = `mutation ($id: ID!, $version: Int!, $article: ID!, $quote: String!, $mode: EvidenceMode!) {
    setRelationEvidence(id: $id, version: $version, article: $article, quote: $quote, mode: $mode) { id version status evidence { quote start end statedAt { date precision } } } }`;
  const DATED = `mutation ($id: ID!, $version: Int!, $statedAt: String) { updateRelation(id: $id, version: $version, statedAt: $statedAt) { id version evidence { statedAt { date precision source } } } }`;
  const SERVED = `query ($id: ID!) { entity(id: $id) { relations { id evidence { quote statedAt { date precision } } } } }`;
  // Written for this test (not a real report).
  const SLOVENIA = `---\ntitle: Slovenia backs a Danube patrol mission\npublishedAt: 2025-04-09\n---\nSlovenian Foreign Minister Tanja Fajonova proposed a Danube patrol mission for Ukraine.\nSlovenia supports the Danube patrol mission.\n`;

  beforeAll(async () => {
    cara = await signIn(base, 'ana');
  });

  it('should set a statement date (precision from its form) and refuse a malformed one', async () => {
    const [item] = (await queue()).items;
    const dated = await gqlAs(base, DATED, { id: item.id, version: item.version, statedAt: '2025-04' }, session(cara));
    expect(dated.errors).toBeUndefined();
    expect(dated.data.updateRelation.evidence[0].statedAt).toEqual({ date: '2025-04', precision: 'MONTH', source: 'TEXT' });
    const served = (await gqlAs(base, SERVED, { id: item.source.id })).data.entity.relations.find((r: any) => r.id === item.id);
    expect(served.evidence[0].statedAt).toEqual({ date: '2025-04', precision: 'MONTH' });
    const bad = await gqlAs(base, DATED, { id: item.id, version: dated.data.updateRelation.version, statedAt: '04/2025' }, session(cara));
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/statedAt: must be a date as YYYY-MM-DD, YYYY-MM or YYYY/);
  });

  it('should add a quote found verbatim by the server, and refuse one that is not in the article, saying where it differs', async () => {
    const item = (await queue()).items.find((i: any) => i.type !== 'OPPOSES')!;
    const quote = 'Hungarian Prime Minister Viktor Orban opposes the Atlantic patrol mission.';
    const wrong = await gqlAs(base, EVIDENCE, { id: item.id, version: item.version, article: REVIEW_ARTICLE_ID, quote: quote.replace('Atlantic', 'Baltic'), mode: 'ADD' }, session(cara));
    expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].message).toMatch(/quote: not found verbatim .*differs at "Baltic patrol mission\."/);
    const added = await gqlAs(base, EVIDENCE, { id: item.id, version: item.version, article: REVIEW_ARTICLE_ID, quote, mode: 'ADD' }, session(cara));
    expect(added.errors).toBeUndefined();
    const body = REVIEW_ARTICLE.slice(REVIEW_ARTICLE.indexOf('---\n', 4) + 4);
    expect(added.data.setRelationEvidence.evidence).toContainEqual({ quote, start: body.indexOf(quote), end: body.indexOf(quote) + quote.length, statedAt: expect.anything() });
    const served = (await gqlAs(base, SERVED, { id: item.source.id })).data.entity.relations.find((r: any) => r.id === item.id);
    expect(served.evidence.map((e: any) => e.quote)).toContain(quote);
  });

  it('should split a merge through revert(change) on the survivor’s history, and through splitEntity', async () => {
    const merged = await gqlAs(base, `mutation { mergeEntities(from: "tiago-mendonca", into: "keir-starmer") { id } }`, {}, session(cara));
    expect(merged.errors).toBeUndefined();
    const history = (await gqlAs(base, `{ history(kind: ENTITY, id: "keir-starmer") { id action subjectId revertible } }`, {})).data.history;
    const change = history.find((h: any) => h.action === 'MERGED_INTO' && h.subjectId === 'tiago-mendonca');
    expect(change.revertible).toBe(true);
    const split = await gqlAs(base, `mutation ($c: ID!) { revert(change: $c) { entity { id name aliases } } }`, { c: change.id }, session(cara));
    expect(split.errors).toBeUndefined();
    expect(split.data.revert.entity).toMatchObject({ id: 'tiago-mendonca', aliases: expect.arrayContaining(['Sigrun Haraldsdottir']) });
    const page = await fetch(`${base}/entities/tiago-mendonca`, { redirect: 'manual' });
    await page.text();
    expect(page.status).toBe(200);
    // The merge before it still stands: Sigrun's old id resolves to Tiago again, not to Starmer.
    expect((await gqlAs(base, `{ entity(id: "sigrun-haraldsdottir") { id } }`, {})).data.entity.id).toBe('tiago-mendonca');
    expect((await gqlAs(base, `{ entity(id: "keir-starmer") { aliases } }`, {})).data.entity.aliases).not.toContain('Tiago Mendonca');

    const again = await gqlAs(base, `mutation { splitEntity(merged: "sigrun-haraldsdottir") { id name } }`, {}, session(cara));
    expect(again.data.splitEntity).toEqual({ id: 'sigrun-haraldsdottir', name: 'Sigrun Haraldsdottir' });
    expect((await gqlAs(base, `{ entity(id: "sigrun-haraldsdottir") { id relations { id } } }`, {})).data.entity.relations.length).toBeGreaterThan(0);
    const never = await gqlAs(base, `mutation { splitEntity(merged: "keir-starmer") { id } }`, {}, session(cara));
    expect(never.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('should revert an ingest (the article and what only it added go), and refuse with a conflict once a claim of it was reviewed', async () => {
    const ingested = (await gqlAs(base, INGEST, { input: { text: SLOVENIA } }, session(cara))).data.ingestArticle;
    const id = ingested.article;
    expect(ingested.relations).toBeGreaterThan(0);
    expect((await gqlAs(base, `{ entity(id: "danube-patrol-mission") { id } }`, {})).data.entity).toEqual({ id: 'danube-patrol-mission' });
    const [change] = (await gqlAs(base, `{ history(kind: ARTICLE, id: "${id}") { id action revertible } }`, {})).data.history;
    expect(change).toMatchObject({ action: 'INGEST', revertible: true });
    const reverted = await gqlAs(base, `mutation ($c: ID!) { revert(change: $c) { article } }`, { c: change.id }, session(cara));
    expect(reverted.data.revert).toEqual({ article: id });
    expect((await gqlAs(base, `{ article(id: "${id}") { id } }`, {})).data.article).toBeNull();
    expect((await gqlAs(base, `{ entity(id: "danube-patrol-mission") { id } }`, {})).data.entity).toBeNull();

    await gqlAs(base, INGEST, { input: { text: SLOVENIA } }, session(cara));
    const [item] = (await queue(id)).items;
    await gqlAs(base, REVIEW, { id: item.id, version: item.version, decision: 'ACCEPT' }, session(cara));
    const [again] = (await gqlAs(base, `{ history(kind: ARTICLE, id: "${id}") { id action } }`, {})).data.history;
    const refused = await gqlAs(base, `mutation ($c: ID!) { revert(change: $c) { article } }`, { c: again.id }, session(cara));
    expect(refused.status).toBe(409);
    expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain(`relation ${item.id} (review by ana)`);
    expect((await gqlAs(base, `{ article(id: "${id}") { id } }`, {})).data.article).toEqual({ id });
  });

  it('should find a renamed entity by its new name at once', async () => {
    const state = (await gqlAs(base, `{ entityRecord(id: "sigrun-haraldsdottir") { version } }`, {})).data.entityRecord;
    await gqlAs(base, `mutation ($v: Int!) { updateEntity(id: "sigrun-haraldsdottir", version: $v, name: "Sigrún Haraldsdóttir") { id } }`, { v: state.version }, session(cara));
    const found = (await gqlAs(base, `{ search(query: "Haraldsdóttir") { id name } }`, {})).data.search;
    expect(found[0]).toEqual({ id: 'sigrun-haraldsdottir', name: 'Sigrún Haraldsdóttir' });
  });
});
