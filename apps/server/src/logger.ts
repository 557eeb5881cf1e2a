import type { YogaLogger } from 'graphql-yoga';
import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; LOG_LEVEL picks the level (silent in tests). */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'newsgraph' } });
}

/** Yoga's own messages, through the same logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      logger[level]({ yoga: args.length > 1 ? args.slice(1) : undefined }, String(args[0]));
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
