import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../api/indicator-catalogue';
import { ClassKey } from '../../../components/class-key';
import { thresholdLegendOf, type LegendDescriptor } from '../../../lib/legend-types';
import { useIndicator, useLanguage } from '../../../store/hooks';

/**
 * The grid zones' key on a map (the desk's and the wall's): 网格着色 · the indicator they are coloured by,
 * and their classes from the grid-zones layer's own legend. Nothing while the layer has no classes.
 */
export function ZoneKey({ legends, className }: { legends: readonly LegendDescriptor[] | undefined; className: string }) {
  const { t } = useTranslation();
  const indicator = useIndicator();
  const language = useLanguage();
  const legend = thresholdLegendOf(legends);
  if (!legend) return null;
  const title = t('legend.zoneKey', { indicator: indicatorDefinition(indicator).label[language === 'en' ? 'en' : 'zh'] });
  return <ClassKey className={className} legend={legend} title={title} noDataLabel={t('legend.noData')} language={language} />;
}
