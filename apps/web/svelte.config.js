import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // precompress: gzip and brotli copies of every static asset, written at build time and served by adapter-node's
    // static handler to browsers that ask for them (the simulator's script is about 500 KB uncompressed).
    adapter: adapter({ out: 'build', precompress: true }),
    // Kit adds a per-response nonce to its own inline bootstrap script and styles; nothing else inline may run.
    csp: {
      mode: 'nonce',
      directives: {
        'default-src': ['none'],
        'script-src': ['self'],
        'style-src': ['self'],
        // The one inline style attribute Kit itself renders: the route announcer's visually-hidden style.
        'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'form-action': ['self'],
        'base-uri': ['none'],
        'object-src': ['none'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
