import { CarriedNumbers } from './continued-numbers.js';

/** Tracks the numbers of formal headings seen so far, so that a mid-line marker is taken only in sequence. */
export class HeadingSequence {
  private last = new Map<string, number>();
  /** The numbers lower families had reached before a new parent cleared them (continued-numbers.ts). */
  private carried = new CarriedNumbers();

  /** Whether heading `n` of `family` continues what was seen (一 may always start a lower level). */
  accepts(family: string, n: number): boolean {
    const last = this.last.get(family);
    if (last === undefined && family !== 'cn' && family !== 'part' && this.carried.continues(family, n))
      return true;
    if (n === 1)
      return family !== 'cn' && family !== 'part' ? last === undefined || last > 1 : last === undefined;
    return last !== undefined && n === last + 1;
  }

  hasSeen(family: string): boolean {
    return this.last.has(family);
  }

  see(family: string, n: number): void {
    this.last.set(family, n);
    this.carried.seen(family);
    // A new top-level part restarts the numbering of the levels below it.
    if (family === 'part') this.clear('cn');
    if (family === 'part' || family === 'cn') this.clear('paren-cn');
    if (family !== 'arabic' && family !== 'paren-arabic') this.clear('arabic');
    if (family !== 'paren-arabic') this.clear('paren-arabic');
  }

  private clear(family: string): void {
    const last = this.last.get(family);
    if (last === undefined) return;
    this.carried.clear(family, last);
    this.last.delete(family);
  }
}
