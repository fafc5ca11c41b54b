// Vite builds the explorer into frontend/dist; in development its dev server also answers the JSON API,
// through the same handler as the production server (see server/vitePlugin.ts).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { preloadChunks } from './preloadChunks';
import { explorerApi } from './server/vitePlugin';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    explorerApi(),
    // The app's own chunk is not preloaded: fetched and compiled early, it takes CPU from the first
    // frame, and it is only needed after that frame.
    preloadChunks(['/src/page.ts']),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The Cypher editor's chunk (CodeMirror with Neo4j's Cypher language support) is about 1.1 MB; it
    // loads only when the editor opens. Anything larger still warns.
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { host: '127.0.0.1' },
});
