export * from './geo';
export * from './region-code';
