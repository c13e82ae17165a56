import { useTranslation } from 'react-i18next';
import { formatClock, formatLongDate } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useNow } from '../../../components/use-now';

/*
 * Beijing time in the desk's header, by the minute: seconds ticking in the corner of the eye tell nobody at a
 * desk anything, and each is a new frame of the whole page to composite (in software WebGL at 1920×1080 ~80 ms
 * of the GPU process a second, which a window change then waits behind). The wall's clock keeps its seconds.
 * Hidden from screen readers: a changing clock is noise to them.
 */
export function WallClock({ language }: { language: Language }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  return (
    <div className="wall-clock" aria-hidden="true" title={t('header.clock')}>
      <span className="wall-clock__time">{formatClock(now, language, { seconds: false })}</span>
      <span className="wall-clock__date">{formatLongDate(now, language)}</span>
    </div>
  );
}
