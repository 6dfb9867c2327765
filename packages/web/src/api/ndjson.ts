/**
 * Reads newline-delimited JSON as it arrives: give it the whole text received so far, get back
 * the lines completed since the last call, parsed. A line still arriving waits for its newline.
 */
export class NdjsonReader<T> {
  private consumed = 0;

  /** The objects on the lines that `received` completes, after those already returned. */
  read(received: string): T[] {
    const end = received.lastIndexOf('\n') + 1;
    if (end <= this.consumed) return [];
    const lines = received.slice(this.consumed, end).split('\n');
    this.consumed = end;
    return lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
  }
}
