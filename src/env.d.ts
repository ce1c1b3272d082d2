declare module 'virtual:ladderbook/config' {
  const config: import('./integrations/handbook-config.ts').LoadedConfig;
  export default config;
}

declare module 'virtual:ladderbook/content' {
  const model: import('./lib/content/model.ts').ContentModel;
  export default model;
}
