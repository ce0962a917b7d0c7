import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vite config for the web shell: root `web/`, output `dist/web` (or LUOSHI_WEB_DIR, which the server also
 * reads, so parallel builds can each serve their own copy), `/api` proxied to the local server.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: process.env.LUOSHI_WEB_DIR ? resolve(process.env.LUOSHI_WEB_DIR) : '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // antd's shared chunk is large by nature; pages themselves are split by route (React.lazy).
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router change rarely: one long-cached chunk, loaded by every page.
            {
              name: 'react-vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
