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

/**
 * `compute` run at most once per object (a prose document), its answer kept as long as the object
 * lives: the document-level facts several rules ask about.
 */
export function oncePer<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const answers = new WeakMap<Key, Value>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as Value;
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}
