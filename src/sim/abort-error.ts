/** The rejection of an aborted simulation: a `DOMException` named `AbortError`, as `fetch` gives. */
export function abortError(): DOMException {
  return new DOMException("The simulation was aborted.", "AbortError");
}
