// What the review pages hand from the server to the browser: the queue's records as the API gives them.
export interface Quote {
  article: string;
  articleTitle: string;
  quote: string;
  start: number;
  end: number;
  before: string;
  after: string;
  statedAt: { date: string; precision: string; source: string } | null;
}

export interface RecordView {
  id: string;
  type: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  qualifier: string | null;
  context: string | null;
  status: string;
  reason: string | null;
  confidence: number | null;
  version: number;
  evidence: Quote[];
}
