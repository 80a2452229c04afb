import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Problem } from './knowledge-base.ts';

export type FieldPath = readonly PropertyKey[];

/** A parsed YAML file that can say on which line any field of it stands. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: FieldPath): number | undefined;
}

/**
 * Reads and parses one YAML file. Broken YAML yields problems with their lines rather than an exception,
 * so the checker can report every file at once.
 */
export function readYamlFile(absolutePath: string, file: string): { yaml?: YamlFile; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [
        {
          file,
          field: '',
          message: code === 'ENOENT' ? 'the file is missing' : `cannot read the file (${code ?? 'error'})`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  // The core schema keeps 2020-09-30 a string (YAML 1.1's timestamp type would make it a Date).
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    line: lineCounter.linePos(e.pos[0]).line,
    field: '',
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  if (doc.errors.length > 0) return { problems };
  return {
    yaml: { file, data: doc.toJS({ maxAliasCount: 50 }), lineOf: (path) => lineOfPath(doc, lineCounter, path) },
    problems,
  };
}

/** The line of the deepest node that exists along path (a missing field points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let line = lineAt(node, lineCounter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      line = lineAt(pair.key, lineCounter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (node === undefined) break;
      line = lineAt(node, lineCounter) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function lineAt(node: unknown, lineCounter: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}
