declare module 'virtual:ladderbook/config' {
  const config: import('./integrations/handbook-config.ts').LoadedConfig;
  export default config;
}
