import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `npm run dev` serves the UI on :5173 and forwards /api to a running `zeno serve` (default port 8231).
export default defineConfig({
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.ZENO_PORT ?? '8231'}` } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
