import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { webglOnly } from './scripts/vite-webgl-only.ts';

const apiPort = Number(process.env.API_PORT ?? 8081);

export default defineConfig({
  plugins: [react(), webglOnly()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The first screen's libraries in two chunks rather than the dozen pieces rolldown cuts them into
          // around the lazy modes (each gzipped apart, which costs kilobytes of the 800 kB budget).
          groups: [
            // Less the layers only the lazy heat needs (the hexagons' columns, the raster's bitmap).
            {
              name: 'deck',
              test: /node_modules[\\/](@deck\.gl[\\/](core|layers(?![\\/]dist[\\/](column|bitmap)-layer[\\/])|extensions|maplibre)|@luma\.gl|@math\.gl|@probe\.gl|mjolnir\.js|@loaders\.gl|earcut)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack|zod|zustand|use-sync-external-store)[\\/]/ },
            // Our own code for the map screen, less what loads on demand (the other modes, English, the
            // details panel, the branch and member panels, the heat's layers, the PMTiles style, the account
            // picker, the workspace's API parts, the view export's capture, the datum conversion with gcoord, and
            // what only those use: the charts' frame, the issue workflow, the wall's framing and its labels kept in view with the geometry they share).
            {
              name: 'app',
              test: /[\\/]src[\\/](?!features[\\/](analysis|wall|issues|details|my-branch)[\\/]|app[\\/](analysis|issues|wall)-screen|app[\\/]branch-panels|i18n[\\/](en|wall-|issues-|branch-)|layers[\\/]issue-heat-(layers|raster)|api[\\/](queries[\\/](issue-workspace|records|indicator-comparison)|schemas[\\/]indicator-comparison|indicator-text-zh)|map[\\/]pmtiles|features[\\/]export[\\/]lib[\\/]capture-view|lib[\\/]datum-convert|features[\\/]session[\\/]components[\\/]account-picker|components[\\/]chart-frame|api[\\/]issue-workflow|map[\\/](frame-padding|keep-labels-in-view)|layers[\\/](labels-in-view|base-map-labels))/,
            },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev` runs the API on API_PORT and proxies /api to it, so the app sees one origin.
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
