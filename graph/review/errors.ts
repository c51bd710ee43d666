// Review errors the API maps to typed GraphQL codes (bad input stays InvalidArgumentError from graph/errors).

/** The item changed since the caller read it: nothing was written; `current` is its state now. */
export class ConflictError extends Error {
  constructor(readonly current: unknown, message = 'This item was changed by someone else since you loaded it; nothing was saved. Reload to see the current state.') {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Too many failed sign-ins for one name: try again later. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = 'RateLimitedError';
  }
}
