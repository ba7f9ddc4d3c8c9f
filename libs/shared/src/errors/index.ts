export * from './error-code';
export * from './error-messages-zh';
