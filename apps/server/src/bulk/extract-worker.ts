import { parentPort } from 'node:worker_threads';
import { extract } from '@newsgraph/extract';

// One extraction per message; the pool keeps every core busy while the main thread stores.
parentPort?.on('message', (job: { id: number; text: string; publisher: string | null }) => {
  try {
    const extraction = extract(job.text, job.publisher ? { publisher: job.publisher } : {});
    parentPort?.postMessage({ id: job.id, extraction });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
