/** Appends to a list that is stored, keeping only the newest `max` items (the oldest are dropped first). */
export function appendBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}
