// The writes a process can ask of the store, by name: run in place by the owner, or sent to it over its socket.
import type { Article } from '../types';
import type { Database } from './driver';
import { ingestArticle, type IngestResult } from './ingest';
import { exportStore, type ExportReport } from './export';
import { relayout, type LayoutReport } from './relayout';
import { addApiToken, addUser } from '../review/users';

export interface Operations {
  ingest(args: { article: Article; actor: string; crashAfterStatements?: number }): Promise<IngestResult>;
  export(args: { dir: string }): Promise<ExportReport>;
  layout(args: { actor: string }): Promise<LayoutReport>;
  'user:add'(args: { name: string; password: string; token?: string }): Promise<{ name: string; token?: string }>;
}

export const operations = (db: Database, dataDir: string): Operations => ({
  ingest: ({ article, actor, crashAfterStatements }) => ingestArticle(db, article, actor, { crashAfterStatements }),
  export: ({ dir }) => exportStore(db, dir ?? dataDir),
  layout: ({ actor }) => relayout(db, actor),
  'user:add': async ({ name, password, token }) => {
    await addUser(db, name, password);
    return { name, ...(token ? { token: await addApiToken(db, name, token) } : {}) };
  },
});

export type OperationName = keyof Operations;
