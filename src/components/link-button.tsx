import type { ReactNode } from 'react';
import './link-button.css';

/** A link to something else in the app (it navigates in the store, not by href): a button that reads as a link. */
export function LinkButton({ onClick, children, current = false }: { onClick: () => void; children: ReactNode; current?: boolean }) {
  return (
    <button type="button" className="link-button" onClick={onClick} aria-current={current ? 'location' : undefined}>
      {children}
    </button>
  );
}
