import { useState } from 'react';
import { formatCount } from '../../../lib/format-number';
import { useLanguage } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { DialogFrame } from './dialog-frame';
import { RecordsList } from './records-list';

/**
 * A count in a table that opens the records behind it (the API's link for that count, under the same filters),
 * page by page; a zero or a count no list holds stays plain text.
 */
export function RecordsButton({ href, count, name }: { href: string | null; count: number; name: string }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const text = formatCount(count, language);
  if (href === null || count === 0) return <>{text}</>;
  return (
    <>
      <button type="button" className="analysis__records-button" aria-haspopup="dialog" title={fill(s.explain.recordsOf, { name })} onClick={() => setOpen(true)}>
        {text}
        <span className="visually-hidden"> {fill(s.explain.recordsOf, { name })}</span>
      </button>
      {open && (
        <DialogFrame title={fill(s.explain.recordsTitle, { name })} value={text} onClose={() => setOpen(false)}>
          {() => <RecordsList href={href} rows="numerator" />}
        </DialogFrame>
      )}
    </>
  );
}
