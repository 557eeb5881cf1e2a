import { Worker } from 'node:worker_threads';
import type { Extraction } from '@newsgraph/extract';

interface Pending {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Extraction on worker threads, so it uses every core and never blocks the event loop; jobs go to
 * the least busy worker. A worker that dies fails its own jobs and is replaced.
 */
export class ExtractPool {
  readonly #slots: Slot[];
  #next = 0;
  #closed = false;

  constructor(size: number) {
    this.#slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: this.#spawn(() => slot), pending: new Map() };
      return slot;
    });
  }

  #spawn(slotOf: () => Slot): Worker {
    const worker = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url));
    worker.on('message', (message: { id: number; extraction?: Extraction; error?: string }) => {
      const { pending } = slotOf();
      const job = pending.get(message.id);
      pending.delete(message.id);
      if (message.extraction) job?.resolve(message.extraction);
      else job?.reject(new Error(message.error ?? 'extraction failed'));
    });
    const fail = (error: Error) => {
      const slot = slotOf();
      if (slot.worker !== worker) return;
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
      if (!this.#closed) slot.worker = this.#spawn(slotOf);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`extraction worker exited with code ${code}`)));
    return worker;
  }

  extract(text: string, publisher: string | null): Promise<Extraction> {
    const id = this.#next++;
    const slot = this.#slots.reduce((best, entry) => (entry.pending.size < best.pending.size ? entry : best));
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, publisher });
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map(({ worker }) => worker.terminate()));
  }
}
