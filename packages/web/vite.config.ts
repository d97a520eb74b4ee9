/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** In development the Vite server proxies the API to a running scimdesk (`npm start`, or SCIMDESK_API). */
const api = process.env.SCIMDESK_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [vue()],
  server: { proxy: { '/scim': api, '/graphql': api, '/api': api } },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
});
