// What the review pages hand from the server to the browser: the queue's records as the API gives them (the
// queue's own shapes, with the quotes under the API's name for them).
import type { QueueItem, QueueQuote } from '@/graph/review/queue';

export type Quote = QueueQuote;

export type RecordView = Omit<QueueItem, 'quotes'> & { evidence: Quote[] };
