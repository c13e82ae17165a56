import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// maplibre-gl 6 under Vite: point it at the bundled worker once, before any map exists, or
// GeoJSON sources never load (DESIGN.md §7).
setWorkerUrl(workerUrl);
