// How every CLI opens the store: a store that cannot be opened (a seed file that breaks the model, a server that
// refuses) is one line naming the problem, not a stack trace.
import { openWriter, type Writer, type WriterOptions } from '../graph/store/writer';

export async function openStoreOrExit(dataDir: string, command: string, options: Omit<WriterOptions, 'dataDir'> = {}): Promise<Writer> {
  try {
    return await openWriter({ ...options, dataDir });
  } catch (error) {
    console.error(`${command} failed, nothing written: ${(error as Error).message}`);
    process.exit(1);
  }
}
