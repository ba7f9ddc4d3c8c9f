export * from './activity';
export * from './cell-type';
export * from './points';
export * from './redemption';
export * from './region-level';
export * from './role';
export * from './scoring';
export * from './waste-category';
