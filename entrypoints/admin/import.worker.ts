import { createAdminEngine } from './engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

// The admin page's worker. Requests are handled one at a time, in order, so an import and a clear never interleave.
const engine = createAdminEngine();
let queue: Promise<unknown> = Promise.resolve();

const reply = (response: WorkerResponse) => self.postMessage(response);

async function handle(request: WorkerRequest): Promise<void> {
  const t0 = performance.now();
  try {
    if (request.type === 'load') reply({ id: request.id, ok: true, snapshot: await engine.load(request.context), ms: performance.now() - t0 });
    else if (request.type === 'clear') reply({ id: request.id, ok: true, snapshot: await engine.clear(request.context), ms: performance.now() - t0 });
    else if (request.type === 'pull') reply({ id: request.id, ok: true, snapshot: await engine.pull(request.context, request.source, Date.now()), ms: performance.now() - t0 });
    else if (request.type === 'export') {
      reply({ id: request.id, ok: true, file: await engine.exportReport(request.context, request.format, request.locale, request.meta), ms: performance.now() - t0 });
    } else {
      reply({ id: request.id, ok: true, snapshot: await engine.importFiles(request.context, request.files, Date.now()), ms: performance.now() - t0 });
    }
  } catch (error) {
    console.error('[hoithi] admin worker failed', request.type, error);
    reply({ id: request.id, ok: false, message: String(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() => handle(event.data));
});
