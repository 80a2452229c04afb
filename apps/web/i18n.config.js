/**
 * Paraglide's compiler options, shared by the Vite plugin (dev and build) and `pnpm i18n` (svelte-check and
 * vitest, which do not run Vite's build hooks). Japanese is the base locale at `/`; English lives under `/en/`
 * (Paraglide's default URL patterns). No cookie and no Accept-Language: the URL alone decides, so a shared link
 * opens in the language it was copied in.
 */
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/lib/paraglide',
  strategy: ['url', 'baseLocale'],
  emitGitIgnore: true,
  emitReadme: false,
  // Pinned: the Vite plugin would use another structure in dev than the CLI, and the two would overwrite
  // each other's files in the same folder.
  outputStructure: 'message-modules',
};
