import type { CombinedError } from 'urql';
import { describeError } from '../lib/errors.ts';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An API error in words; `subject` names what was requested ("this article"). */
export function ErrorState({ error, subject }: { error: CombinedError; subject?: string }) {
  const text = describeError(error, subject);
  return (
    <div className="error" role="alert">
      <p className="error-title">{text.title}</p>
      {text.detail ? <p>{text.detail}</p> : null}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
