export * from './schema/knowledge-base.ts';
export { scenarios } from './schema/scenarios.ts';
export { relations } from './schema/relations.ts';
export { buildKnowledgeBase, hashDataFolder, type BuildResult } from './build-knowledge-base.ts';
export {
  builtDataHash,
  ensureKnowledgeBase,
  openKnowledgeBase,
  openScenarioStore,
  type KnowledgeBaseDb,
  type ScenarioStoreDb,
} from './open.ts';
export { defaultKnowledgeBasePath, defaultScenarioStorePath } from './paths.ts';
