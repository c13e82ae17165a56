import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useAnalysisStrings } from '../strings';

/**
 * The workspace's modal: focus moves in, the page behind is inert, Escape or the close button closes it (the
 * browser's own dialog). `children` gets the title's id, for the sections that name themselves after it.
 */
export function DialogFrame({ title, value, onClose, children }: { title: string; value?: string; onClose: () => void; children: (titleId: string) => ReactNode }) {
  const s = useAnalysisStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="explain-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="explain-dialog__head">
        <h2 id={titleId}>{title}</h2>
        {value !== undefined && <p className="explain-dialog__value">{value}</p>}
        <form method="dialog">
          <button type="submit" className="ui-button">
            {s.explain.close}
          </button>
        </form>
      </header>
      {children(titleId)}
    </dialog>
  );
}
