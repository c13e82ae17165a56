import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../features/header/components/app-header';
import { buildBaseMapStyle, GUANGZHOU_BOUNDS } from '../layers/base-map-style';
import { MapView } from '../map/map-view';
import type { MapUiStrings } from '../map/map-ui-strings';
import { writeUrlState, type Camera } from '../lib/url-state';
import { useLanguage, useTheme } from '../store/hooks';
import { useTextScale } from './use-text-scale';

// MapLibre's worker fetches the GeoJSON, and a worker resolves relative URLs against its own script.
const resolveAssetUrl = (path: string) => new URL(path, document.baseURI).href;

export function App({ initialCamera }: { initialCamera: Camera | null }) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const language = useLanguage();

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [theme]);

  const textScale = useTextScale();
  const mapStyle = useMemo(
    () => buildBaseMapStyle({ theme, lang: language, resolveUrl: resolveAssetUrl, textScale }),
    [theme, language, textScale],
  );
  // Keyed by language, not by `t`: the map relabels itself only when the language changes.
  const uiStrings = useMemo<MapUiStrings>(() => {
    const tl = i18n.getFixedT(language);
    return {
      canvas: tl('map.canvasLabel'),
      zoomIn: tl('map.zoomIn'),
      zoomOut: tl('map.zoomOut'),
      resetBearing: tl('map.resetBearing'),
      toggleAttribution: tl('map.toggleAttribution'),
    };
  }, [i18n, language]);
  const statusText = useMemo(() => {
    const tl = i18n.getFixedT(language);
    return { loading: tl('map.loading'), recovering: tl('map.recovering') };
  }, [i18n, language]);
  const onCameraChange = useCallback((camera: Camera) => writeUrlState({ camera }), []);

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="app-main">
        <MapView
          mapStyle={mapStyle}
          label={t('map.label')}
          uiStrings={uiStrings}
          statusText={statusText}
          initialCamera={initialCamera}
          fitBounds={GUANGZHOU_BOUNDS}
          onCameraChange={onCameraChange}
        />
      </main>
    </div>
  );
}
