import type { z } from 'zod';

/** Field path of a zod issue, as our messages print it: `customEntries[0].query`, `custom[0].sdgs_core[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** `custom[0].sdgs_core[0]: core goal 3 is not in sdgs; …`: each zod issue with its field path (unknown keys named). */
export function formatIssues(error: z.ZodError, prefix: PropertyKey[] = []): string {
  return error.issues
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`).join('; ');
      }
      return `${formatPath(path) || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}
