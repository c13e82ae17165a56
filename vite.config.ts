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
  },
  server: {
    // `npm run dev` runs the API on API_PORT and proxies /api to it, so the app sees one origin.
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
