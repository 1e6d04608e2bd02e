/** The diagram model: types, the component catalogue, wiring rules, validation and pure edits. */
export * from './catalogue';
export * from './changes';
export * from './commands';
export * from './compact';
export * from './decode';
export * from './defaults';
export * from './idRecord';
export * from './journal';
export * from './loading';
export { MIGRATIONS, type Migration, migrate } from './migrations';
export * from './problems';
export * from './props';
export * from './rows';
export { SAFE_ID } from './safeIds';
export { DocumentSchema, validateDocument } from './schema';
export * from './types';
export * from './weighted';
export * from './wiring';
