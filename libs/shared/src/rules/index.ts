export * from './china-time';
export * from './geo';
export * from './qr-payload';
export * from './region-code';
export * from './scoring';
