// The stance matrix as CSV, filtered and sorted as the page's URL says: one row per actor and proposal with a stance.
import { currentKnowledgeGraph } from '@/graph';
import { matrixFor, readQuery } from '@/app/stances/params';

export const dynamic = 'force-dynamic';

const HEADER = ['actor_id', 'actor', 'actor_type', 'proposal_id', 'proposal', 'stance', 'latest_date', 'latest_precision', 'statements'];

/** RFC 4180: quote a field holding a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
const field = (value: string | number) => {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { query, error } = readQuery(params);
  if (error) return new Response(`${error}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const matrix = matrixFor(await currentKnowledgeGraph(), query);
  const lines = [HEADER.join(',')];
  for (const actor of matrix.rows) {
    for (const proposal of matrix.proposals) {
      const cell = matrix.cell(actor.id, proposal.id);
      if (!cell) continue;
      lines.push([actor.id, actor.name, actor.type, proposal.id, proposal.name, cell.stance, cell.latest?.date ?? '', cell.latest?.precision ?? '', cell.points.length].map(field).join(','));
    }
  }
  return new Response(`${lines.join('\r\n')}\r\n`, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="stances.csv"' },
  });
}
