import type { Locale } from '@/lib/i18n';
import type { AdminSnapshot, ExportFormat, ExportMeta, ImportRequest, PullSource, ReportContext, WorkerRequest, WorkerResponse } from './protocol';

interface WorkerResult { snapshot: AdminSnapshot; ms: number }
type Reply = Extract<WorkerResponse, { ok: true }>;
type Pending = { resolve: (r: Reply) => void; reject: (e: Error) => void };
// What a request says besides its id and the report context (Omit applied to each kind of request).
type RequestBody<R = WorkerRequest> = R extends WorkerRequest ? Omit<R, 'id' | 'context'> : never;

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
    new Promise<Reply>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, context, ...body } as WorkerRequest);
    });
  const snapshotOf = async (body: RequestBody): Promise<WorkerResult> => {
    const reply = await send(body);
    if (!('snapshot' in reply)) throw new Error(`The admin worker sent no report for "${body.type}"`);
    return reply;
  };
  return {
    load: () => snapshotOf({ type: 'load' }),
    clear: () => snapshotOf({ type: 'clear' }),
    importFiles: (files: ImportRequest[]) => snapshotOf({ type: 'import', files }),
    pull: (source: PullSource) => snapshotOf({ type: 'pull', source }),
    exportReport: async (format: ExportFormat, locale: Locale, meta: ExportMeta): Promise<Blob> => {
      const reply = await send({ type: 'export', format, locale, meta });
      if (!('file' in reply)) throw new Error(`The admin worker sent no file for "${format}"`);
      return reply.file;
    },
  };
}
