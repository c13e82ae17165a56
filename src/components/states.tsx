import type { ReactNode } from 'react';
import './states.css';

/**
 * The class of figures still shown from the last window or filter while the new ones are on their way
 * (with aria-busy on the same element): a bar pulses along its top edge after a moment.
 */
export const UPDATING_CLASS = 'state-updating';

/** The class and aria-busy of an element whose figures may be the last ones: `className`, marked while `updating`. */
export const updatingProps = (updating: boolean, className?: string) => ({
  className: [className, updating && UPDATING_CLASS].filter(Boolean).join(' ') || undefined,
  'aria-busy': updating,
});

/** Something is on its way: announced politely to screen readers. */
export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p className="state state--loading" role="status">
      {children}
    </p>
  );
}

/** Something failed: announced at once. */
export function ErrorState({ children }: { children: ReactNode }) {
  return (
    <p className="state state--error" role="alert">
      {children}
    </p>
  );
}

/** Nothing to show, and that is an answer (no rows, out of scope…). */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}
