export * from './china-time';
export * from './geo';
export * from './opening-hours';
export * from './pickup-slots';
export * from './pii-mask';
export * from './qr-payload';
export * from './region-code';
export * from './scoring';
