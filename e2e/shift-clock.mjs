// Preloaded into a server process (NODE_OPTIONS=--import) by a browser test that needs days to pass: the
// server's clock runs LUOSHI_E2E_SHIFT_DAYS days ahead. Only the server's JavaScript clock moves; nothing the
// server does asks the database for the time of day on a rule's behalf.
const shift = Number(process.env.LUOSHI_E2E_SHIFT_DAYS ?? 0) * 86_400_000;
if (shift) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate;
}
