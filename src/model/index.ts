/** The diagram model: types, the component catalogue, wiring rules, validation and pure edits. */
export * from './catalogue';
export * from './commands';
export * from './decode';
export * from './defaults';
export { MIGRATIONS, type Migration, migrate } from './migrations';
export * from './problems';
export * from './props';
export { DocumentSchema, validateDocument } from './schema';
export * from './types';
export * from './weighted';
export * from './wiring';
