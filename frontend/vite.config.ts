import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The backend serves the built files from META-INF/resources; during `npm run dev` API calls go to it.
const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    // straight into the jar's static folder, emptied first, so no build leaves stale chunks in the jar
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    // lazy chunks loaded only where used are large: the modeler (bpmn-js, properties panel, FEEL editor) and
    // echarts core on the dashboard; the entry stays small
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // the tests read the models of ../bpmn (formLocale.test.ts, modeler/diff, the modeler's lint tests); nothing else outside the frontend
    fs: { allow: ['.', '../bpmn'] },
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/engine-rest': backend,
      '/camunda': backend,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // a page's first render loads i18n and the router; on a loaded 2-core machine that alone took over 5 s
    testTimeout: 15_000,
  },
});
