export * from './constants';
export * from './contracts';
export * from './enums';
export * from './errors';
export * from './rules';
