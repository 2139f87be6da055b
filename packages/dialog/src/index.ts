export type * from './messages';
export type * from './engine-types';
