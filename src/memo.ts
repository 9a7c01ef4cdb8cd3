/**
 * A bounded memo: answers kept by key and worked out once, forgotten all at once when `limit` is reached, so a
 * large run of rare words cannot grow it without end. For pure functions only (the same key, the same answer).
 */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The answer for `key`, worked out by `work` the first time it is asked. */
  get(key: K, work: (key: K) => V): V {
    // One look-up for a known answer; \`has\` only to tell an answer of undefined from none.
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    const answer = work(key);
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}
