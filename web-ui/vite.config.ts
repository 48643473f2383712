/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API to a running platform (./run.sh): VITE_API_TARGET=http://localhost:8080 by default.
const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/actuator': apiTarget,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    // role queries over jsdom take seconds on a loaded 2-core machine (load 60 seen): 5 s failed tests that were right
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
