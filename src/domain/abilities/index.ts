/** Who may do what, in which state: one pure function per resource (see docs/ARCHITECTURE.md). */
export * from './verdict';
export * from './task';
export * from './report';
export * from './request';
export * from './decision';
export * from './supervision';
export * from './assessment';
export * from './page';
export * from './project';
export * from './attachment';
export * from './catch-up-plan';
export * from './joint-review';
export * from './tolerance-request';
export * from './blocker';
export * from './feedback';
export * from './appeal';
export * from './survey';
