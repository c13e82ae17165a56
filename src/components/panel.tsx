import type { HTMLAttributes, ReactNode } from 'react';
import './panel.css';

type PanelProps = HTMLAttributes<HTMLElement> & {
  /** The landmark: a complementary aside (details), a region section (everything else). */
  as?: 'section' | 'aside' | 'div';
  /** Required: a panel is a named region a screen-reader user can jump to. */
  'aria-label': string;
  children: ReactNode;
};

/** A surface floating over the map (layers, details, the place, the session badge). */
export function Panel({ as: Tag = 'section', className, children, ...props }: PanelProps) {
  return (
    <Tag className={className ? `panel ${className}` : 'panel'} {...props}>
      {children}
    </Tag>
  );
}

/** A panel's head: what kind of thing it shows, and a close button when it can be closed. */
export function PanelHead({ kind, closeLabel, onClose, children }: { kind?: ReactNode; closeLabel?: string; onClose?: () => void; children?: ReactNode }) {
  return (
    <header className="panel__head">
      {kind !== undefined && <span className="panel__kind">{kind}</span>}
      {children}
      {onClose && closeLabel && (
        <button type="button" className="ui-button panel__close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      )}
    </header>
  );
}

/** A panel's scrolling body, with its title. */
export function PanelBody({ title, badge, children }: { title?: ReactNode; badge?: ReactNode; children?: ReactNode }) {
  return (
    <div className="panel__body">
      {title !== undefined && <h2 className="panel__title">{title}</h2>}
      {badge && <p className="panel__badge">{badge}</p>}
      {children}
    </div>
  );
}

/** A titled part of a panel's body. */
export function PanelSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="panel__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
