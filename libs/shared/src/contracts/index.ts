export * from './auth';
export * from './cell';
export * from './meta';
export * from './pagination';
export * from './points';
export * from './region';
export * from './sorting';
export * from './user';
