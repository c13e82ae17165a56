import type { ReactNode } from 'react';
import './stat-row.css';

/** One labelled value in a definition list (a `<dl>` of StatRows). */
export function StatRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="stat-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The list StatRows go in. */
export function StatList({ children }: { children: ReactNode }) {
  return <dl className="stat-list">{children}</dl>;
}
