import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { appError, ErrorCode } from '../errors.ts';

/**
 * Answers an operation that runs longer than `ms` with a TIMEOUT error. The work itself is not
 * interrupted (a database statement cannot be pulled back mid-flight); an ingest that finishes
 * later is still one transaction, and retrying it returns the stored article.
 */
export function useTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  appError(
                    ErrorCode.TIMEOUT,
                    `The request took longer than ${ms / 1000} s and was abandoned; try again.`,
                  ),
                ],
              }),
            ms,
          );
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
