import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// maplibre-gl 6 under Vite: point it at the bundled worker once, before any map exists, or
// GeoJSON sources never load (DESIGN.md §7).
setWorkerUrl(workerUrl);
// Start the worker now, not when the first map is made: its 520 kB script compiles on its own thread
// while the session and the dataset's metadata load, and is ready when the style asks for the outlines.
prewarm();
