// npm run user:add -- <name> [--token LABEL] [--data DIR]: create a reviewer. The password is prompted (not echoed)
// or read from stdin, never taken from the command line; with --token an API token for scripts is printed once.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { openStoreOrExit } from './open-store';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, token: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: npm run user:add -- <name> [--token LABEL] [--data DIR]   (password prompted, or piped on stdin)');
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split('\n')[0].replace(/\r$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stderr.write('password: ');
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

const password = await readPassword();
const writer = await openStoreOrExit(values.data, 'user:add');
try {
  const result = await writer.call('user:add', { name: positionals[0], password, token: values.token });
  console.log(`reviewer "${result.name}" added`);
  if (result.token) console.log(`API token (shown once): ${result.token}\nScripts send it as the header  Authorization: Bearer <token>`);
} catch (error) {
  console.error(`user:add refused: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await writer.close();
}
