-- Mentions are an index derived from the articles' text and the entities' names, written by the hundred for every
-- ingested article: their two foreign-key checks (a trigger per row) cost two thirds of writing them. The writers that
-- delete articles or entities delete their mentions in the same transaction (graph/review/uningest.ts, entities.ts).
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_article_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_entity_id_fkey;
