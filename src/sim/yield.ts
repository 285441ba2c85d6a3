/**
 * Lets timers, messages and abort events run before the next batch: a
 * macrotask, by `setImmediate` where the host has it (Node), else a
 * zero-delay timeout (browsers). No import, so the engine bundles anywhere.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
