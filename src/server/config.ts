import { resolve } from 'node:path';
import { defaultAnchorSettings, type AnchorSettings } from './audit/anchor-settings';
import { defaultParseLimits, type ParseLimits } from './documents/parse-limits';

/** Runtime configuration, read from the environment once (README and docs/operations.md list it). */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * A streaming-replication standby for the heavy reads (cockpit, analysis, exports, public pages, assessment
   * preview), and the replay lag above which they go to the primary instead (db/read-replica.ts).
   */
  readReplica: { url: string | undefined; maxLagMs: number };
  adminPassword: string | undefined;
  districtName: string;
  /** Serve the built web app from this folder when it exists. */
  webDir: string;
  /** Secure cookies (behind HTTPS). */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** Login attempts per client IP per minute (a second line of defence after the per-account lockout). */
  loginRateLimitPerMinute: number;
  /** Requests per client IP per minute to the public pages (the key projects' board). */
  publicRateLimitPerMinute: number;
  /** Public messages (社情民意) one client IP may send per hour: a form anyone can post to is kept small. */
  feedbackRateLimitPerHour: number;
  /** Survey answers (满意度测评) one client IP may send per hour, by code or by the open link. */
  surveyRateLimitPerHour: number;
  /** Run the job queue (reminders, notification delivery) in this process. */
  jobs: boolean;
  smtp: { url: string | undefined; from: string };
  webhook: { url: string | undefined; secret: string | undefined };
  /** The address users open Luoshi at: links in robot messages (the tenant setting notify.publicBaseUrl wins). */
  publicUrl: string | undefined;
  /** SM4 data keys for personal data at rest (crypto/data-keys.ts); none → a key file in dataDir, except in production. */
  dataKeys: { keys: string | undefined; key: string | undefined; keyFile: string | undefined };
  production: boolean;
  /** Worker threads that parse uploads and run the extractor, with their memory and time limits. */
  parsing: ParseLimits;
  /** Signed anchors of the audit chains' heads outside the database (audit/audit-anchor.ts). */
  auditAnchor: AnchorSettings;
  /** How long /health/ready waits for the database before it answers 503 database_unreachable. */
  readyTimeoutMs: number;
  /** SIGTERM: how long the node keeps serving new requests while not ready, so a balancer notices. */
  drainMs: number;
  /** SIGTERM: the bound on finishing in-flight requests, then on stopping the job worker. */
  shutdownTimeoutMs: number;
  /** Bearer token of /api/v1/metrics; without it the metrics answer loopback callers only. */
  metricsToken: string | undefined;
  /** The delivery jobs' queue: a job held by a dead node comes back after expireS (+ up to maintenanceS). */
  jobQueue: { expireS: number; maintenanceS: number; retryDelayS: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.LUOSHI_HOST ?? '127.0.0.1',
    port: Number(env.LUOSHI_PORT ?? 3000),
    // An empty value means the default too (not the working directory, where a generated data key would land).
    dataDir: resolve(env.LUOSHI_DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    readReplica: {
      url: env.DATABASE_READ_URL || undefined,
      maxLagMs: Number(env.LUOSHI_READ_MAX_LAG_MS || 5000),
    },
    adminPassword: env.LUOSHI_ADMIN_PASSWORD || undefined,
    districtName: env.LUOSHI_DISTRICT_NAME ?? '示范区',
    webDir: resolve(env.LUOSHI_WEB_DIR ?? './dist/web'),
    secureCookies: env.LUOSHI_SECURE_COOKIES === 'true',
    trustProxy: env.LUOSHI_TRUST_PROXY === 'true',
    logLevel: env.LUOSHI_LOG_LEVEL ?? 'info',
    loginRateLimitPerMinute: Number(env.LUOSHI_LOGIN_RATE_LIMIT ?? 30),
    publicRateLimitPerMinute: Number(env.LUOSHI_PUBLIC_RATE_LIMIT ?? 600),
    feedbackRateLimitPerHour: Number(env.LUOSHI_FEEDBACK_RATE_LIMIT ?? 10),
    surveyRateLimitPerHour: Number(env.LUOSHI_SURVEY_RATE_LIMIT ?? 30),
    jobs: env.LUOSHI_JOBS !== 'off',
    smtp: { url: env.LUOSHI_SMTP_URL || undefined, from: env.LUOSHI_SMTP_FROM ?? 'luoshi@localhost' },
    webhook: { url: env.LUOSHI_WEBHOOK_URL || undefined, secret: env.LUOSHI_WEBHOOK_SECRET || undefined },
    publicUrl: env.LUOSHI_PUBLIC_URL || undefined,
    dataKeys: {
      keys: env.LUOSHI_DATA_KEYS || undefined,
      key: env.LUOSHI_DATA_KEY || undefined,
      keyFile: env.LUOSHI_DATA_KEY_FILE || undefined,
    },
    production: env.NODE_ENV === 'production',
    parsing: {
      workers: Number(env.LUOSHI_PARSE_WORKERS || defaultParseLimits.workers),
      memoryMb: Number(env.LUOSHI_PARSE_MEMORY_MB || defaultParseLimits.memoryMb),
      timeoutMs: Number(env.LUOSHI_PARSE_TIMEOUT_MS || defaultParseLimits.timeoutMs),
      maxQueue: defaultParseLimits.maxQueue,
    },
    auditAnchor: {
      intervalMs:
        Number(env.LUOSHI_AUDIT_ANCHOR_INTERVAL_S || defaultAnchorSettings.intervalMs / 1000) * 1000,
      everyEvents: Number(env.LUOSHI_AUDIT_ANCHOR_EVERY || defaultAnchorSettings.everyEvents),
      key: env.LUOSHI_AUDIT_ANCHOR_KEY || undefined,
    },
    readyTimeoutMs: Number(env.LUOSHI_READY_TIMEOUT_MS || 2000),
    drainMs: Number(env.LUOSHI_DRAIN_MS || 5000),
    shutdownTimeoutMs: Number(env.LUOSHI_SHUTDOWN_TIMEOUT_MS || 15_000),
    metricsToken: env.LUOSHI_METRICS_TOKEN || undefined,
    jobQueue: {
      expireS: Number(env.LUOSHI_JOB_EXPIRE_S || 300),
      maintenanceS: Number(env.LUOSHI_JOB_MAINTENANCE_S || 60),
      retryDelayS: Number(env.LUOSHI_JOB_RETRY_DELAY_S || 30),
    },
  };
}
