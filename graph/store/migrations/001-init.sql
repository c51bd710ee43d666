-- The system of record: articles, entities with aliases and merges, relations with verbatim evidence, mentions,
-- an ingest log, and a history row for every change. Offsets are UTF-16 code units, as JavaScript counts them.

CREATE TABLE store_state (
  id int PRIMARY KEY CHECK (id = 1),
  -- Bumped by every committed write; readers rebuild their in-memory graph when it moves.
  version bigint NOT NULL,
  -- Hash of the curated seed last imported, so a start imports it only when it changed.
  seed_hash text
);
INSERT INTO store_state (id, version) VALUES (1, 0);

CREATE TABLE articles (
  id text COLLATE "C" PRIMARY KEY,
  seq bigserial UNIQUE,
  title text NOT NULL,
  outlet text,
  url text CHECK (url ~ '^https?://'),
  published_at text,
  source text,
  body text NOT NULL,
  -- SEED: from data/articles (curated); INGEST: added later.
  origin text NOT NULL CHECK (origin IN ('SEED', 'INGEST')),
  words tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_words ON articles USING gin (words);

CREATE TABLE entities (
  id text COLLATE "C" PRIMARY KEY,
  seq bigserial UNIQUE,
  type text NOT NULL CHECK (type IN ('PERSON', 'COUNTRY', 'INSTITUTION', 'PROPOSAL', 'EVENT')),
  name text NOT NULL,
  description text,
  same_as jsonb,
  date text,
  -- CURATED: from data/catalog; EXTRACTED: found by the extractor in `article_id`.
  origin text NOT NULL CHECK (origin IN ('CURATED', 'EXTRACTED')),
  article_id text COLLATE "C" REFERENCES articles (id),
  x double precision NOT NULL DEFAULT 0,
  y double precision NOT NULL DEFAULT 0,
  version int NOT NULL DEFAULT 1
);

CREATE TABLE aliases (
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias text NOT NULL,
  -- Accent- and case-folded, for look-ups.
  folded text NOT NULL,
  -- The alias's longest word, folded: an article can only name the alias if it contains this word.
  key_word text NOT NULL,
  ord int NOT NULL,
  origin text NOT NULL CHECK (origin IN ('CURATED', 'EXTRACTED')),
  article_id text COLLATE "C" REFERENCES articles (id),
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_folded ON aliases (folded);
CREATE INDEX aliases_key_word ON aliases (key_word);

-- Merged ids keep resolving to the entity that survived.
CREATE TABLE redirects (
  old_id text COLLATE "C" PRIMARY KEY,
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  ord int NOT NULL
);

CREATE TABLE relations (
  id text COLLATE "C" PRIMARY KEY,
  seq bigserial UNIQUE,
  type text NOT NULL CHECK (type IN ('SUPPORTS', 'OPPOSES', 'MET_WITH', 'PROPOSED', 'REPRESENTS', 'ATTENDED')),
  source text COLLATE "C" NOT NULL REFERENCES entities (id),
  target text COLLATE "C" NOT NULL REFERENCES entities (id),
  directed boolean NOT NULL,
  role text,
  qualifier text,
  context text,
  status text NOT NULL CHECK (status IN ('CURATED', 'ACCEPTED', 'UNREVIEWED', 'REJECTED')),
  confidence real CHECK (confidence BETWEEN 0 AND 1),
  version int NOT NULL DEFAULT 1,
  CHECK (source <> target)
);
CREATE INDEX relations_source ON relations (source);
CREATE INDEX relations_target ON relations (target);

-- The curated claims as written in data/catalog/claims.yaml (their order, direction and wording), so that an
-- export writes the file back unchanged; each names the relation it was merged into.
CREATE TABLE claims (
  ord int PRIMARY KEY,
  relation_id text COLLATE "C" NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
  source text NOT NULL,
  target text NOT NULL,
  role text,
  qualifier text,
  context text
);

CREATE TABLE evidence (
  relation_id text COLLATE "C" NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id),
  start_offset int NOT NULL CHECK (start_offset >= 0),
  end_offset int NOT NULL,
  -- Verified verbatim against the article's text before it is written.
  quote text NOT NULL,
  stated_date text,
  stated_precision text CHECK (stated_precision IN ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE')),
  stated_source text CHECK (stated_source IN ('TEXT', 'PUBLISHED')),
  origin text NOT NULL CHECK (origin IN ('CURATED', 'EXTRACTED')),
  -- Curated evidence: its claim and place in claims.yaml.
  claim_ord int REFERENCES claims (ord) ON DELETE SET NULL,
  item_ord int,
  PRIMARY KEY (relation_id, article_id, start_offset, end_offset),
  CHECK (end_offset > start_offset)
);
CREATE INDEX evidence_article ON evidence (article_id);

CREATE TABLE mentions (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  start_offset int NOT NULL,
  end_offset int NOT NULL,
  PRIMARY KEY (article_id, start_offset, entity_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE ingest_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  article_id text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ADDED', 'UNCHANGED')),
  entities int NOT NULL,
  relations int NOT NULL
);

CREATE TABLE history (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('ARTICLE', 'ENTITY', 'RELATION', 'LAYOUT', 'SEED')),
  subject_id text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX history_subject ON history (subject_kind, subject_id);
