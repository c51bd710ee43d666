// Human review of what the machine extracted: reviewers and sessions, relation and entity changes (version-checked,
// recorded), history with revert, and the queue. Framework-free: the API, pages and CLIs call these.
export * from './errors';
export * from './users';
export * from './relations';
export * from './entities';
export * from './history';
export * from './queue';
export * from './evidence';
