import { Worker } from 'node:worker_threads';
import type { Extraction } from '@newsgraph/extract';

interface Pending {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

/** Extraction on worker threads, one per core; jobs go to the least busy worker. */
export class ExtractPool {
  readonly #workers: { worker: Worker; busy: number }[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(size: number) {
    this.#workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url));
      worker.on('message', (message: { id: number; extraction?: Extraction; error?: string }) => {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        const slot = this.#workers.find((entry) => entry.worker === worker);
        if (slot) slot.busy--;
        if (message.extraction) pending?.resolve(message.extraction);
        else pending?.reject(new Error(message.error ?? 'extraction failed'));
      });
      worker.on('error', (error) => {
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
      return { worker, busy: 0 };
    });
  }

  extract(text: string, publisher: string | null): Promise<Extraction> {
    const id = this.#next++;
    const slot = this.#workers.reduce((best, entry) => (entry.busy < best.busy ? entry : best));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, publisher });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}
