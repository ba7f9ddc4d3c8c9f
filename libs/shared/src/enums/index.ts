export * from './cell-type';
export * from './points';
export * from './redemption';
export * from './region-level';
export * from './role';
export * from './waste-category';
export * from './scoring';
