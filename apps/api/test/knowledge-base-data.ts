import { defaultDataDir, loadKnowledgeBase } from '@kaiji/kb';

/** The repository's data/ as the kb package reads it: the oracle the API's answers are checked against. */
function load() {
  const loaded = loadKnowledgeBase(defaultDataDir());
  if (!loaded.ok)
    throw new Error(`data/ does not load: ${loaded.problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return loaded.kb;
}

export const kb = load();
