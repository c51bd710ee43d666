// Reviewers: created from the command line, signed in with a password (bcrypt), held by a session cookie whose
// value is stored only as a hash, with a CSRF token of its own. Scripts use API tokens (also stored hashed).
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { InvalidArgumentError } from '../errors';
import type { Sql } from '../store/driver';
import { RateLimitedError } from './errors';

const NAME = /^[a-z0-9][a-z0-9_.-]{1,39}$/;
export const MIN_PASSWORD = 12;
const BCRYPT_COST = 11;
export const SESSION_HOURS = 12;
/** Failed sign-ins allowed per name within the window before further tries are refused. */
export const MAX_FAILURES = 5;
const FAILURE_WINDOW_MINUTES = 15;
/** Compared against when the name is unknown, so that an unknown name costs the same time as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not a password of anyone', 4);

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

export interface Session {
  user: string;
  csrf: string;
  expiresAt: Date;
}

export async function addUser(db: Sql, name: string, password: string): Promise<void> {
  if (!NAME.test(name)) throw new InvalidArgumentError('name', 'use 2–40 lowercase letters, digits, "_", "." or "-", starting with a letter or digit');
  if (password.length < MIN_PASSWORD) throw new InvalidArgumentError('password', `must be at least ${MIN_PASSWORD} characters`);
  const hash = await bcrypt.hash(password, BCRYPT_COST);
  const rows = await db.query('INSERT INTO users (name, password_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING name', [name, hash]);
  if (!rows.length) throw new InvalidArgumentError('name', `a reviewer named "${name}" already exists`);
}

/** A new API token for `user`; the token is shown once and only its hash is kept. */
export async function addApiToken(db: Sql, user: string, label: string): Promise<string> {
  const token = `pkg_${secret()}`;
  await db.query('INSERT INTO api_tokens (token_hash, user_name, label) VALUES ($1, $2, $3)', [sha256(token), user, label]);
  return token;
}

/** Check the password and open a session; failures are counted per name and refused past MAX_FAILURES. */
export async function signIn(db: Sql, name: string, password: string): Promise<Session & { token: string }> {
  const key = name.trim().toLowerCase().slice(0, 100);
  const [{ failures }] = await db.query<{ failures: number }>(
    `SELECT count(*)::int AS failures FROM sign_in_failures WHERE user_name = $1 AND at > now() - make_interval(mins => $2)`,
    [key, FAILURE_WINDOW_MINUTES],
  );
  if (failures >= MAX_FAILURES) throw new RateLimitedError(FAILURE_WINDOW_MINUTES * 60);
  const [user] = await db.query<{ name: string; password_hash: string }>('SELECT name, password_hash FROM users WHERE name = $1', [key]);
  const ok = await bcrypt.compare(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) {
    await db.query('INSERT INTO sign_in_failures (user_name) VALUES ($1)', [key]);
    throw new InvalidArgumentError('password', 'unknown name or wrong password');
  }
  const token = secret();
  const csrf = secret();
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, user_name, csrf, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [sha256(token), user.name, csrf, SESSION_HOURS],
  );
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
  return { token, user: user.name, csrf, expiresAt: new Date(row.expires_at) };
}

export async function sessionFor(db: Sql, token: string | undefined): Promise<Session | null> {
  if (!token) return null;
  const [row] = await db.query<{ user_name: string; csrf: string; expires_at: Date }>(
    'SELECT user_name, csrf, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > now()',
    [sha256(token)],
  );
  return row ? { user: row.user_name, csrf: row.csrf, expiresAt: new Date(row.expires_at) } : null;
}

export async function tokenUser(db: Sql, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const [row] = await db.query<{ user_name: string }>('SELECT user_name FROM api_tokens WHERE token_hash = $1', [sha256(token)]);
  return row?.user_name ?? null;
}

export async function signOut(db: Sql, token: string | undefined): Promise<void> {
  if (token) await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}
