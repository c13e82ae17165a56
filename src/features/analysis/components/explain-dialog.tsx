import { useState } from 'react';
import { isIndicatorKey } from '../../../api/indicator-catalogue';
import { INDICATOR_TEXT_ZH } from '../../../api/indicator-text-zh';
import type { Indicator } from '../../../api/schemas/indicators';
import { formatCount } from '../../../lib/format-number';
import { indicatorLabel } from '../../../lib/indicator-labels';
import { useLanguage } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { formatIndicator } from '../lib/format-indicator';
import { DialogFrame } from './dialog-frame';
import { RecordsList } from './records-list';

/** The definition in the reader's language: the API serves it in English, the catalogue has it in Chinese too. */
function definitionText(i: Indicator, language: string) {
  const d = i.definition;
  const zh = language !== 'en' && isIndicatorKey(i.key) ? INDICATOR_TEXT_ZH[i.key] : null;
  return zh ? { ...zh, sources: d.sources } : { formula: d.formula, period: d.period.basis, numerator: d.numerator, denominator: d.denominator, sources: d.sources };
}

/** The word in a tile's corner that opens what the figure is and the records behind it, in a dialog. */
export function ExplainButton({ indicator: i }: { indicator: Indicator }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const label = indicatorLabel(i, language);
  return (
    <>
      <button type="button" className="kpi-explain" aria-haspopup="dialog" aria-label={`${s.explain.summary}: ${label}`} onClick={() => setOpen(true)}>
        {s.explain.summary}
      </button>
      {open && <ExplainDialog indicator={i} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Formula, period, numerator and denominator with their values, source fields, then the records page by page. */
function ExplainDialog({ indicator: i, onClose }: { indicator: Indicator; onClose: () => void }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const d = definitionText(i, language);
  const period = i.definition.period;
  return (
    <DialogFrame title={fill(s.explain.title, { label: indicatorLabel(i, language) })} value={formatIndicator(i.value, i.unit, language)} onClose={onClose}>
      {(titleId) => (
        <>
          <dl className="explain-dialog__definition">
            <dt>{s.explain.formula}</dt>
            <dd>{d.formula}</dd>
            <dt>{s.explain.period}</dt>
            <dd>
              {period.from} – {period.to}：{d.period}
            </dd>
            <dt>{s.explain.numerator}</dt>
            <dd>
              {formatCount(i.numerator, language)} · {d.numerator}
            </dd>
            {d.denominator !== null && (
              <>
                <dt>{s.explain.denominator}</dt>
                <dd>
                  {formatCount(i.denominator, language)} · {d.denominator}
                </dd>
              </>
            )}
            <dt>{s.explain.sources}</dt>
            <dd>
              <code>{d.sources.join(', ')}</code>
            </dd>
          </dl>
          <section className="explain-dialog__records" aria-labelledby={`${titleId}-records`}>
            <h3 id={`${titleId}-records`}>{s.explain.records}</h3>
            {i.records ? <RecordsList href={i.records.href} rows={i.records.rows} /> : <p>{s.explain.recordsNone}</p>}
          </section>
        </>
      )}
    </DialogFrame>
  );
}
