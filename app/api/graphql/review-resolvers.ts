// Review over GraphQL: the queue, stored records and history (public, like every read), and the mutations, each
// behind requireReviewer (a session with its CSRF token, or an API token). After a write the read model is brought
// to the new version before answering, so the reviewer's next query sees the change.
import { GraphQLError } from 'graphql';
import { parseArticle, articleId } from '@/graph/corpus';
import { InvalidArgumentError } from '@/graph/errors';
import { ingestArticle } from '@/graph/store/ingest';
import { ArticleRefusal, checkArticle } from '@/graph/store/validate';
import { readModel } from '@/graph/store/read-model';
import {
  ConflictError, entityState, historyOf, mergeEntities, relationRecords, reviewQueue, reviewRelation, revert, setRelationEvidence, splitEntity, updateEntity,
  updateRelation, type RelationState,
} from '@/graph/review';
import type { Article } from '@/graph/types';
import { storeDatabase } from '@/app/auth/session';
import type { Context } from './context';
import type { Resolvers } from './resolvers-types.generated';

export function requireReviewer(context: Context): string {
  const reviewer = context.reviewer;
  if (!reviewer) throw new GraphQLError('Sign in (or send an API token) to make changes.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  if (reviewer.via === 'session' && !context.csrfOk) {
    throw new GraphQLError('Missing or wrong x-csrf-token header for this session.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
  return reviewer.user;
}

/** Run one write as the signed-in reviewer; conflicts and refusals become typed errors; the read model catches up. */
async function write<T>(context: Context, work: (actor: string) => Promise<T>): Promise<T> {
  const actor = requireReviewer(context);
  let result: T;
  try {
    result = await work(actor);
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new GraphQLError(error.message, { extensions: { code: 'CONFLICT', current: error.current, http: { status: 409 } } });
    }
    if (error instanceof ArticleRefusal) throw new InvalidArgumentError('input', error.message.replace(/^[^:]*: /, ''));
    throw error;
  }
  await readModel().refreshNow();
  // The write is done and committed: its answer is not cut short by the read budget it may have used up.
  if (context.budget) context.budget.deadline = performance.now() + context.budget.budgetMs;
  return result;
}

const record = async (state: RelationState) => (await relationRecords(await storeDatabase(), [state.id]))[0];

/** The article a form or mutation describes: front matter in the text, overridden by the fields given. */
function articleFrom(input: { title?: string | null; text: string; outlet?: string | null; url?: string | null; publishedAt?: string | null }): Article {
  let parsed: Article | undefined;
  const text = input.text.replace(/\r\n/g, '\n');
  if (/^---\n/.test(text) || !input.title?.trim()) {
    try {
      parsed = parseArticle(text);
    } catch (error) {
      throw new InvalidArgumentError('input', (error as Error).message);
    }
  }
  const title = input.title?.trim() || parsed?.title || '';
  const field = (value: string | null | undefined, fallback?: string) => value?.trim() || fallback || undefined;
  const article: Article = {
    id: parsed?.id && !input.title?.trim() ? parsed.id : articleId(title),
    title,
    outlet: field(input.outlet, parsed?.outlet),
    url: field(input.url, parsed?.url),
    publishedAt: field(input.publishedAt, parsed?.publishedAt),
    source: 'browser',
    text: parsed?.text ?? text,
  };
  try {
    checkArticle(article);
  } catch (error) {
    if (error instanceof ArticleRefusal) throw new InvalidArgumentError('input', error.message.replace(/^[^:]*: /, ''));
    throw error;
  }
  return article;
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: async (_, { status, article, first }) => reviewQueue(await storeDatabase(), { status: status ?? 'UNREVIEWED', article: article ?? undefined, first: first ?? 50 }),
    relationRecord: async (_, { id }) => (await relationRecords(await storeDatabase(), [id]))[0] ?? null,
    entityRecord: async (_, { id }) => entityState(await storeDatabase(), id),
    history: async (_, { kind, id, first }) => historyOf(await storeDatabase(), kind, id, Math.min(Math.max(first ?? 50, 1), 500)),
  },
  Mutation: {
    ingestArticle: (_, { input }, context) =>
      write(context, async (actor) => {
        const article = articleFrom(input);
        const existing = context.kg.articles.get(article.id);
        if (existing && existing.text !== article.text) throw new InvalidArgumentError('title', `an article "${article.id}" already exists with different text; give this one another title`);
        const result = await ingestArticle(await storeDatabase(), article, actor);
        return { article: result.id, outcome: result.outcome, relations: result.relations, reviewUrl: `/review?article=${encodeURIComponent(result.id)}` };
      }),
    reviewRelation: (_, { id, version, decision, reason }, context) =>
      write(context, async (actor) => record(await reviewRelation(await storeDatabase(), { id, version, decision, reason }, actor))),
    updateRelation: (_, { id, version, type, source, target, qualifier, context: note, statedAt, evidence }, context) =>
      write(context, async (actor) =>
        record(await updateRelation(await storeDatabase(), { id, version, type: type ?? undefined, source: source ?? undefined, target: target ?? undefined, qualifier, context: note, statedAt, at: evidence }, actor)),
      ),
    setRelationEvidence: (_, args, context) => write(context, async (actor) => record(await setRelationEvidence(await storeDatabase(), args, actor))),
    splitEntity: (_, { merged }, context) => write(context, async (actor) => splitEntity(await storeDatabase(), merged, actor)),
    updateEntity: (_, args, context) => write(context, async (actor) => updateEntity(await storeDatabase(), args, actor)),
    mergeEntities: (_, { from, into, fromVersion }, context) => write(context, async (actor) => mergeEntities(await storeDatabase(), { from, into, fromVersion }, actor)),
    revert: (_, { change }, context) =>
      write(context, async (actor) => {
        const id = Number(change);
        if (!Number.isSafeInteger(id) || id < 1) throw new InvalidArgumentError('change', 'a change id from `history`');
        const reverted = await revert(await storeDatabase(), id, actor);
        return 'relation' in reverted ? { relation: await record(reverted.relation) } : reverted;
      }),
  },
  RelationRecord: {
    evidence: (record) => record.quotes,
  },
  Change: {
    id: (change) => String(change.id),
    before: (change) => (change.before === null ? null : JSON.stringify(change.before)),
    after: (change) => (change.after === null ? null : JSON.stringify(change.after)),
  },
};
