#!/usr/bin/env node
// A small supervisor: runs a command and restarts it when it crashes (non-zero exit or killed by a signal),
// waiting 1 s, 2 s, 4 s … up to 30 s between tries (reset after a minute of good running). SIGINT/SIGTERM
// are passed to the child and end the supervision; a clean exit (code 0) ends it too.
// Used by `npm start`; `node scripts/supervise.mjs <command> [args…]` runs any command under it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function supervise(
  command,
  args,
  { log = (m) => process.stderr.write(m + '\n'), minDelayMs = 1000, maxDelayMs = 30_000 } = {},
) {
  let child = null;
  let stopping = false;
  let delay = minDelayMs;
  let timer = null;
  const run = () => {
    const started = Date.now();
    child = spawn(command, args, { stdio: 'inherit' });
    log(`[supervisor] started pid ${child.pid}`);
    child.on('exit', (code, signal) => {
      child = null;
      if (stopping || code === 0) process.exit(code ?? 0);
      if (Date.now() - started > 60_000) delay = minDelayMs;
      log(`[supervisor] exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`);
      timer = setTimeout(run, delay);
      delay = Math.min(delay * 2, maxDelayMs);
    });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child) child.kill(signal);
      else process.exit(0);
    });
  }
  run();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    process.stderr.write('usage: supervise.mjs <command> [args…]\n');
    process.exit(2);
  }
  supervise(command, args);
}
