// The writes a process can ask of the store, by name: run in place by the owner, or sent to it over its socket.
import type { Article } from '../types';
import type { Database } from './driver';
import type { AheadExtraction } from '../extract/ahead';
import { ingestArticles, type IngestResult } from './ingest';
import { exportStore, type ExportReport } from './export';
import { layoutInput, setPositions, type LayoutInput, type LayoutReport } from './relayout';
import { addApiToken, addUser } from '../review/users';

export interface Operations {
  /** One transaction for the group: every article stored, or none. */
  /** `next`: the group that follows, extracted ahead when this process has a thread for it. */
  ingest(args: { articles: Article[]; actor: string; crashAfterStatements?: number; next?: Article[] }): Promise<IngestResult[]>;
  export(args: { dir: string }): Promise<ExportReport>;
  layoutInput(args: Record<string, never>): Promise<LayoutInput>;
  setPositions(args: { positions: Array<[string, number, number]>; actor: string; placed?: number }): Promise<LayoutReport>;
  'user:add'(args: { name: string; password: string; token?: string }): Promise<{ name: string; token?: string }>;
}

export const operations = (db: Database, dataDir: string, ahead?: AheadExtraction): Operations => ({
  ingest: ({ articles, actor, crashAfterStatements, next }) => ingestArticles(db, articles, actor, { crashAfterStatements, ...(ahead && next && { ahead, next }) }),
  export: ({ dir }) => exportStore(db, dir ?? dataDir),
  layoutInput: () => layoutInput(db),
  setPositions: ({ positions, actor, placed }) => setPositions(db, positions, actor, placed),
  'user:add': async ({ name, password, token }) => {
    await addUser(db, name, password);
    return { name, ...(token ? { token: await addApiToken(db, name, token) } : {}) };
  },
});

export type OperationName = keyof Operations;
