export * from './signup.errors.js';
export * from './custom-fields.js';
export * from './email-template.js';
