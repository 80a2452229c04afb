import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './i18n.config.js';

export default defineConfig({
  plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
  worker: { format: 'es' },
  // @kaiji/sim/node reaches @kaiji/kb's index, which loads i18n-iso-countries (CommonJS that require()s its
  // locale files by computed name): bundling breaks it, so the server build leaves it to Node at run time.
  ssr: { external: ['i18n-iso-countries'] },
  server: { port: Number(process.env.KAIJI_WEB_PORT ?? 5173) },
});
