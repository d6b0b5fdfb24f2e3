/**
 * Whether `b` is one edit from `a` (a letter inserted, deleted, replaced, or two neighbours swapped),
 * ignoring case: the distance at which a suggestion is the writer's slip rather than another word.
 */
export function isSingleEdit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const removed = endX - start;
  const added = endY - start;
  if (removed + added === 1) return true; // an insertion or a deletion
  if (removed === 1 && added === 1) return true; // a replacement
  // Two neighbours swapped: "recieve" / "receive".
  return removed === 2 && added === 2 && x[start] === y[start + 1] && x[start + 1] === y[start];
}
