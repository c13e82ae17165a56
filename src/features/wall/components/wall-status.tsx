import { formatAge, formatClock, formatDateTime, formatLongDate } from '../../../lib/format-time';
import type { WallOptionProblem } from '../lib/wall-options';
import type { Language } from '../../../lib/view-options';
import { useNow } from '../../../components/use-now';
import { useWallMessages } from '../hooks/use-wall-messages';
import { wallFreshness, type PanelFreshness } from '../lib/staleness';

/** Beijing time, large. Hidden from screen readers: a ticking clock is noise to them. */
export function WallClock({ language }: { language: Language }) {
  const now = useNow(1000);
  return (
    <div className="wall-time" aria-hidden="true">
      <span className="wall-time__time">{formatClock(now, language)}</span>
      <span className="wall-time__date">{formatLongDate(now, language)}</span>
    </div>
  );
}

function useFreshness(panels: readonly PanelFreshness[], refreshMs: number, language: Language) {
  const now = useNow(1000);
  const f = wallFreshness(panels, now, refreshMs);
  const age = f.oldestAt === null ? '' : formatAge(now - f.oldestAt, language);
  // Intl says "now" for under 45 s, which reads oddly after "refreshed".
  const justNow = f.oldestAt !== null && now - f.oldestAt < 45_000;
  return { ...f, age, justNow };
}

interface FreshnessProps {
  panels: readonly PanelFreshness[];
  refreshMs: number;
  language: Language;
}

/** "Data as of" and how long ago the wall last refreshed, from the panels' own timestamps, re-read every second. */
export function WallFreshness({ panels, asOf, refreshMs, language }: FreshnessProps & { asOf: string | null }) {
  const { t } = useWallMessages();
  const f = useFreshness(panels, refreshMs, language);
  return (
    <p className={`wall-freshness wall-freshness--${f.state}`} data-state={f.state}>
      <span className="wall-freshness__dot" aria-hidden="true" />
      {asOf && <span>{t('freshness.asOf', { time: formatDateTime(asOf, language) })}</span>}
      <span>{f.state === 'loading' ? t('freshness.loading') : t(f.justNow ? 'freshness.justNow' : 'freshness.refreshed', { age: f.age, seconds: Math.round(refreshMs / 1000) })}</span>
    </p>
  );
}

/** When refreshes have been missed: a banner over the map that says the numbers are old and how old. */
export function StaleBanner({ panels, refreshMs, language }: FreshnessProps) {
  const { t } = useWallMessages();
  const f = useFreshness(panels, refreshMs, language);
  // A status, not an alert dialog: it is read once when it appears and goes away by itself.
  return (
    <div className="wall-stale" role="status">
      {f.state === 'stale' && <p className="wall-stale__text">{t('freshness.stale', { age: f.age })}</p>}
    </div>
  );
}

/** What the link got wrong, on the screen itself: nobody is at a keyboard to read a console. */
export function WallNotices({
  problems,
  offTour,
  signIn,
}: {
  problems: readonly WallOptionProblem[];
  /** A link's place that is no stop of the tour, and the stop shown instead. */
  offTour: { value: string; stop: string } | null;
  signIn: { account: string | null; failed: boolean };
}) {
  const { t } = useWallMessages();
  const lines = problems.map((p) => t('notice.option', { param: p.param, value: p.value, fallback: p.fallback }));
  if (offTour) lines.push(t('notice.offTour', offTour));
  if (signIn.failed) lines.unshift(signIn.account ? t('notice.signIn', { account: signIn.account }) : t('notice.noAccount'));
  if (lines.length === 0) return null;
  return (
    // A live region of lines (a list under role="status" would lose its list semantics: axe's listitem).
    <div className="wall-notices" role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
