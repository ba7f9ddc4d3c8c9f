export * from './demo';
export * from './images';
