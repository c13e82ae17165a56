import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../layers/layer-entry';
import { useLanguage } from '../../../store/hooks';
import type { HoverState } from '../hooks/use-map-picking';
import './map-tooltip.css';

/**
 * What the pointer is over, as plain text: every string from the API goes into the DOM through
 * React's text nodes, never as HTML, so a name like `<img src=x onerror=…>` shows as those characters.
 */
// Memoised: the map screen re-renders on every window change, and this does not depend on the window.
export const MapTooltip = memo(function MapTooltip({ hover }: { hover: HoverState | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!hover) return null;
  const { picked } = hover;
  const { title, lines } = picked.describe(t as unknown as Translate, language);
  return (
    <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${Math.round(hover.x + 16)}px, ${Math.round(hover.y + 16)}px)` }}>
      <div className="map-tooltip__kind">{(t as unknown as Translate)(`kinds.${picked.kind}`)}</div>
      <div className="map-tooltip__title">{title}</div>
      {lines.map((line, i) => (
        <div key={i} className="map-tooltip__line">
          {line}
        </div>
      ))}
    </div>
  );
});
