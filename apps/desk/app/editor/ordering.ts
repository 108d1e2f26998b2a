/** `list` with the item at `index` moved by `delta` places; unchanged at either end. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const item = list[index];
  const other = list[to];
  if (item === undefined || other === undefined) return [...list];
  const next = [...list];
  next[to] = item;
  next[index] = other;
  return next;
}
