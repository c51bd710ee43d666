-- Reviewers, their sessions and API tokens, and failed sign-ins (for rate limiting). Passwords and tokens are
-- stored only as hashes: a copy of the database signs nobody in.

CREATE TABLE users (
  name text COLLATE "C" PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_.-]{1,39}$'),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  -- sha256 of the cookie's value.
  token_hash text PRIMARY KEY,
  user_name text COLLATE "C" NOT NULL REFERENCES users (name) ON DELETE CASCADE,
  -- Sent back by every form and mutation of this session (the cookie alone is not enough).
  csrf text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_name);

CREATE TABLE api_tokens (
  token_hash text PRIMARY KEY,
  user_name text COLLATE "C" NOT NULL REFERENCES users (name) ON DELETE CASCADE,
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  -- The name tried, folded; failures are counted per name so a guesser cannot spread them over addresses.
  user_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_name ON sign_in_failures (user_name, at);

-- A rejected relation keeps its reason (a short list, see graph/review/relations.ts).
ALTER TABLE relations ADD COLUMN review_reason text;
