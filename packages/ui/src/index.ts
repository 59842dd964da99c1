export { runtimeConfig, webSocketUrl, type RuntimeConfig } from './runtime-config.js';
export { createPartnerkitClient, type PartnerkitApp } from './apollo-client.js';
export { problemOf, type ProblemDetails } from './graphql-errors.js';
export { PartnerkitProvider, partnerkitTheme } from './theme.js';
export { notifyError, notifySuccess } from './notify.js';
export { AppLayout, type AppLayoutProps, type NavItem } from './AppLayout.js';
export { SignInCard, type SignInCardProps } from './SignInCard.js';
