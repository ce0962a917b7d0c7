/**
 * Numbering that runs on across parents (工作要点 and reports often number their points 1.…8. under 一、 and
 * go on with 9.…15. under 二、, or 1.…4. under （一） and 5. under （二）): when a new parent heading restarts the
 * numbering of a lower family, the next marker of that family may still continue the number it had reached
 * before the parent — as well as restart at 1. Only the very next number is taken, so a stray figure in the
 * text (…增长7.5%。8.…) is no heading unless it continues the points exactly.
 */
export class CarriedNumbers {
  private carried = new Map<string, number>();

  /** A new parent cleared `family`, which had reached `last`. */
  clear(family: string, last: number | undefined): void {
    if (last !== undefined) this.carried.set(family, last);
  }

  /** Whether `n` continues the numbering `family` had before its parent changed. */
  continues(family: string, n: number): boolean {
    const last = this.carried.get(family);
    return last !== undefined && n === last + 1;
  }

  /** The family was seen again: what it carried is now its own last number. */
  seen(family: string): void {
    this.carried.delete(family);
  }
}
