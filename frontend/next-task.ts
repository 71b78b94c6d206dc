// Hands the main thread back to the browser between steps of work, so that each step is a task of its own that
// blocks input and painting only briefly, on a slow phone too; the first map and the basemap are drawn this way.

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, after the input and rendering the browser has waiting: with `scheduler.yield()` where the
 * browser has it (the rest of the work keeps its place ahead of other tasks), else through a message to this page,
 * which, unlike a timer, is not delayed by the browser's minimum wait for nested timers.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    return scheduler.yield();
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * A clock for work in slices: `pause()` yields to the browser once this slice has taken `sliceMs`, so that a slice is
 * as long on a busy or slow machine as on a fast one, and only the number of slices grows.
 */
export function slices(sliceMs: number): { pause(): Promise<void> } {
  let until = performance.now() + sliceMs;
  return {
    async pause() {
      if (performance.now() >= until) {
        await nextTask();
        until = performance.now() + sliceMs;
      }
    },
  };
}
