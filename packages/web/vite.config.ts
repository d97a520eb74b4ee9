/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue()],
  server: { proxy: { '/scim': 'http://127.0.0.1:8080', '/graphql': 'http://127.0.0.1:8080' } },
  test: { environment: 'happy-dom' },
});
