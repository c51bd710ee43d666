-- Entities placed beside their neighbours by ingest since the last full ForceAtlas2 layout: the serving process
-- starts a relayout job in the background when this passes its threshold (relayout-job.ts).
ALTER TABLE store_state ADD COLUMN placed_since_layout int NOT NULL DEFAULT 0;
