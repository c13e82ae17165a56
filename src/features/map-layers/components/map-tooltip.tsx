import { useTranslation } from 'react-i18next';
import { issueStatuses, severities, violationCategories } from '../../../api/schemas/enums';
import { OVERDUE_BIT } from '../../../api/violation-columns';
import type { PreparedViolationPoints } from '../../../layers/violation-points';
import { dayToDate } from '../../../lib/zone-stats';
import type { Language } from '../../../lib/view-options';
import type { Picked } from '../lib/picking';
import { formatValue } from '../lib/format';

export interface HoverState {
  picked: Picked;
  x: number;
  y: number;
}

/**
 * What the pointer is over, as plain text: every string from the API goes into the DOM through
 * React's text nodes, never as HTML, so a name like `<img src=x onerror=…>` shows as those characters.
 */
export function MapTooltip({ hover, prepared, language }: { hover: HoverState | null; prepared: PreparedViolationPoints | null; language: Language }) {
  const { t } = useTranslation();
  if (!hover) return null;
  const { picked } = hover;
  let title = '';
  const lines: string[] = [];
  switch (picked.kind) {
    case 'zone': {
      const p = picked.feature.properties;
      title = p.name;
      if (p.redGrid) lines.push(t('details.redGrid'));
      lines.push(`${t('details.transformerDistricts')}: ${p.transformerDistrictCount}`);
      break;
    }
    case 'violation': {
      title = picked.id;
      const r = picked.row;
      if (prepared && r < prepared.count) {
        const cat = violationCategories[prepared.category[r] ?? 0] ?? 'behaviour';
        const sev = severities[prepared.severity[r] ?? 0] ?? 'general';
        const s = prepared.status[r] ?? 0;
        const status = issueStatuses[s & 0x7f] ?? 'found';
        lines.push(`${t(`enums.category.${cat}`)} · ${t(`enums.severity.${sev}`)}`);
        lines.push(dayToDate(prepared.dayZero, prepared.days[r] ?? 0));
        lines.push(`${t(`enums.status.${status}`)}${s & OVERDUE_BIT ? ` · ${t('tooltip.overdue')}` : ''}`);
      }
      break;
    }
    case 'feeder':
      title = picked.feature.properties.name;
      lines.push(t('tooltip.length', { value: formatValue(picked.feature.properties.lengthKm, 'km', language) }));
      break;
    case 'substation':
      title = picked.feature.properties.name;
      lines.push(t('tooltip.voltage', { value: picked.feature.properties.voltageKv }));
      break;
    case 'transformer-district': {
      const p = picked.feature.properties;
      title = p.name;
      lines.push(t('tooltip.capacity', { value: p.capacityKva }));
      lines.push(t('tooltip.customers', { count: p.customers }));
      break;
    }
    case 'base-station':
      title = picked.feature.properties.name;
      if (picked.feature.properties.demoArea) lines.push(t('tooltip.demoArea', { name: picked.feature.properties.demoArea }));
      break;
    case 'branch':
      title = picked.branch.name;
      lines.push(t('tooltip.members', { count: picked.branch.memberCount }));
      break;
    case 'member':
      title = picked.member.name;
      lines.push(t(`enums.memberRole.${picked.member.role}`) + (picked.member.isGridder ? ` · ${t('tooltip.gridder')}` : ''));
      break;
    case 'hexagon':
      title = t('kinds.hexagon');
      lines.push(t('tooltip.closureRate', { value: formatValue(picked.closureRate, 'ratio', language) }));
      lines.push(t('tooltip.violations', { count: picked.count }));
      break;
  }
  return (
    <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${Math.round(hover.x + 16)}px, ${Math.round(hover.y + 16)}px)` }}>
      <div className="map-tooltip__kind">{t(`kinds.${picked.kind}`)}</div>
      <div className="map-tooltip__title">{title}</div>
      {lines.map((line, i) => (
        <div key={i} className="map-tooltip__line">
          {line}
        </div>
      ))}
    </div>
  );
}
