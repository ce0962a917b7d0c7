import { spawn, type ChildProcess } from 'node:child_process';
import { testDataKeyHex } from './data-key';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `luoshi serve` as its own process on a free loopback port and waits until it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['bin/luoshi.mjs', 'serve'], {
      // The test SM4 data key, so a server and the test app that seeded its database agree.
      env: {
        ...process.env,
        LUOSHI_PORT: '0',
        LUOSHI_LOG_LEVEL: 'warn',
        // No drain wait at SIGTERM unless a test asks for one (the rolling-restart test does).
        LUOSHI_DRAIN_MS: '0',
        DATABASE_URL: '',
        LUOSHI_DATA_KEYS: `test:${testDataKeyHex}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    const onExit = (code: number | null) => reject(new Error(`server exited ${code}: ${out}`));
    child.on('exit', onExit);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolvePromise({
          child,
          base: m[1],
          output: () => out,
          stop: (signal = 'SIGTERM') =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    });
  });
}
