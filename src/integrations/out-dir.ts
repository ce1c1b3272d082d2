/**
 * Where a build writes the site: dist/, or HANDBOOK_OUT_DIR (tests and the benchmark build several
 * sites side by side). Relative paths are relative to the project root.
 */
export function outDir(): string {
  return process.env.HANDBOOK_OUT_DIR ?? './dist';
}
