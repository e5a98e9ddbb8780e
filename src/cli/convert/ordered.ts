/**
 * Run items with at most `window` of them started and not yet emitted, and
 * emit the results in input order. A slow item holds back the emission of
 * the ones after it, never the start of more than `window`: memory stays
 * bounded however many items there are, and a slow consumer (`emit`
 * awaiting a full pipe) slows the producers down.
 *
 * @param items
 *   Items, pulled one at a time as room frees up.
 * @param run
 *   Starts an item; must never reject (a rejection waiting in the window
 *   would be unhandled).
 * @param emit
 *   Takes each result in order; return `false` to start no more items (the
 *   ones already started are still emitted).
 * @param window
 *   Most items started and not yet emitted.
 */
export async function runInOrder<T, R>(
  items: Iterable<T>,
  run: (item: T) => Promise<R>,
  emit: (result: R) => Promise<boolean | void> | boolean | void,
  window: number
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  const started: Array<Promise<R>> = []
  let more = true

  for (;;) {
    while (more && started.length < window) {
      const next = iterator.next()
      if (next.done) more = false
      else started.push(run(next.value))
    }

    const head = started.shift()
    if (!head) return
    if ((await emit(await head)) === false) more = false
  }
}
