import { useTranslation } from 'react-i18next';
import { formatClock, formatLongDate } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useNow } from '../../../components/use-now';

/** Beijing time, for a wall screen. Hidden from screen readers: a ticking clock is noise to them. */
export function WallClock({ language }: { language: Language }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  return (
    <div className="wall-clock" aria-hidden="true" title={t('header.clock')}>
      <span className="wall-clock__time">{formatClock(now, language)}</span>
      <span className="wall-clock__date">{formatLongDate(now, language)}</span>
    </div>
  );
}
