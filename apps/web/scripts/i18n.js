// Compiles messages/*.json into src/lib/paraglide for tools that do not run Vite (svelte-check, vitest).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.js';

await compile(paraglideOptions);
