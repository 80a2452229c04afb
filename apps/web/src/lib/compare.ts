/** Reads `?programs=a,b,c` (or repeated `programs=`) into at most `max` distinct slugs, in the order given. */
export function parseProgramList(params: URLSearchParams, max = 4): { slugs: string[]; truncated: boolean } {
  const all = [
    ...new Set(
      params
        .getAll('programs')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter((v) => /^[a-z0-9-]{1,80}$/.test(v)),
    ),
  ];
  return { slugs: all.slice(0, max), truncated: all.length > max };
}

/** Whether the values of a row differ across the compared programs. */
export function differs(values: readonly string[]): boolean {
  return new Set(values).size > 1;
}
