import type { AdminSnapshot, ImportLine, ImportRequest, ReportContext, WorkerRequest, WorkerResponse } from './protocol';

export interface WorkerResult { snapshot: AdminSnapshot; lines?: ImportLine[]; ms: number }
type Pending = { resolve: (r: WorkerResult) => void; reject: (e: Error) => void };
type RequestBody = { type: 'load' | 'clear' } | { type: 'import'; files: ImportRequest[] };

/** Talks to the admin worker: one promise per request. */
export function createWorkerClient(context: ReportContext) {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiter = pending.get(response.id);
    pending.delete(response.id);
    if (!waiter) return;
    if (response.ok) waiter.resolve(response);
    else waiter.reject(new Error(response.message));
  });
  const send = (body: RequestBody) =>
    new Promise<WorkerResult>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, context, ...body } as WorkerRequest);
    });
  return {
    load: () => send({ type: 'load' }),
    clear: () => send({ type: 'clear' }),
    importFiles: (files: ImportRequest[]) => send({ type: 'import', files }),
  };
}
