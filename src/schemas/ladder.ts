/** The career-ladder content model: one import for every ladder schema. */
export * from './ladder-track.ts';
export * from './ladder-activity.ts';
export * from './ladder-dimension.ts';
export * from './ladder-level.ts';
export * from './ladder-export.ts';
export * from './ladder-revision.ts';
