// How every CLI opens the store: a store that cannot be opened (a seed file that breaks the model, a server that
// refuses) is one line naming the problem, not a stack trace.
import { openWriter, type Writer } from '../graph/store/writer';

export async function openStoreOrExit(dataDir: string, command: string): Promise<Writer> {
  try {
    return await openWriter({ dataDir });
  } catch (error) {
    console.error(`${command} failed, nothing written: ${(error as Error).message}`);
    process.exit(1);
  }
}
