/**
 * Returns a runner that starts each task after every earlier one has settled: a startup refresh
 * racing an alarm or an attempt must not let an older reading overwrite a newer one.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}
