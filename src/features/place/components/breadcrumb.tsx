import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/link-button';
import { useDrillTo, useLanguage, usePlace } from '../../../store/hooks';
import { usePlaceChain } from '../hooks/use-place-chain';
import './place.css';

/** Where you are on the drill path; each step above is a way back up (a new history entry, like any drill step). */
// Memoised: the map screen re-renders on every window change, and this does not depend on the window.
export const Breadcrumb = memo(function Breadcrumb() {
  const { t } = useTranslation();
  const place = usePlace();
  const language = useLanguage();
  const chain = usePlaceChain(place, language);
  const drillTo = useDrillTo();
  return (
    <nav className="breadcrumb" aria-label={t('place.breadcrumb')}>
      <ol>
        {chain.map((step, i) => (
          <li key={i}>
            <LinkButton onClick={() => drillTo(step.place)} current={i === chain.length - 1}>
              {step.name}
            </LinkButton>
          </li>
        ))}
      </ol>
    </nav>
  );
});
