/**
 * `compute` with its answers kept per key, up to `limit` of them: the language helpers are asked
 * about the same words and sentences by several rules and in every file of a run. Past the limit
 * the table starts again, so a huge run cannot grow it without bound. `compute` returns `null`
 * rather than `undefined` for "nothing", so that a miss costs one look-up.
 */
export function memoize<Key, Value extends NonNullable<unknown> | null>(
  compute: (key: Key) => Value,
  limit = Number.POSITIVE_INFINITY,
): (key: Key) => Value {
  const answers = new Map<Key, Value>();
  return (key) => {
    let value = answers.get(key);
    if (value === undefined) {
      value = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, value);
    }
    return value;
  };
}
