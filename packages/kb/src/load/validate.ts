import type { z } from 'zod';
import type { Problem } from './knowledge-base.ts';
import type { FieldPath, YamlFile } from './yaml-file.ts';

export function fieldName(path: FieldPath): string {
  return path.map(String).join('.');
}

/** Validates a parsed file against a zod schema; every issue becomes a located problem. */
export function validateFile<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
): { value?: z.infer<S>; problems: Problem[] } {
  const result = schema.safeParse(yaml.data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      // Point at each unknown key itself, so a typo like 'jurisdicton' is named and located.
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { file: yaml.file, line: yaml.lineOf(path), field: fieldName(path), message: 'unknown field' };
      });
    }
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    return [
      {
        file: yaml.file,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        message: missing ? 'missing required field' : issue.message,
      },
    ];
  });
  return { problems };
}

export function problemAt(yaml: YamlFile, path: FieldPath, message: string): Problem {
  return { file: yaml.file, line: yaml.lineOf(path), field: fieldName(path), message };
}
