/**
 * Where a build writes the site: dist/, or HANDBOOK_OUT_DIR (tests and the benchmark build several
 * sites side by side). Relative paths are relative to the project root.
 */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.HANDBOOK_OUT_DIR ?? './dist';
}
