export { runtimeConfig, webSocketUrl, type RuntimeConfig } from './runtime-config.js';
export { createPartnerkitClient, type PartnerkitApp } from './apollo-client.js';
export { startSpa } from './startSpa.js';
export { problemOf, type ProblemDetails } from './graphql-errors.js';
export { PartnerkitProvider, partnerkitTheme } from './theme.js';
export { notifyError, notifySuccess } from './notify.js';
export { AppLayout, type AppLayoutProps, type NavItem } from './AppLayout.js';
export { SignInCard, type SignInCardProps } from './SignInCard.js';
export {
  ForgotPasswordCard,
  ResetPasswordCard,
  type ForgotPasswordCardProps,
  type ResetPasswordCardProps,
} from './PasswordResetCards.js';
export { PageHeader, type PageHeaderProps } from './PageHeader.js';
export { DataTable, type DataTableColumn, type DataTableProps } from './DataTable.js';
export { TableScrollRegion, type TableScrollRegionProps } from './TableScrollRegion.js';
export { LoadMoreFooter, type LoadMoreFooterProps } from './LoadMoreFooter.js';
export { MoneyText, isNonZeroMinor, type MoneyTextProps, type MoneyValue } from './MoneyText.js';
export { PartnerStatusBadge, partnerStatusLabel, type PartnerStatusValue } from './PartnerStatusBadge.js';
export { DateTimeText, type DateTimeTextProps } from './DateTimeText.js';
export { NotFoundMessage, type NotFoundMessageProps } from './NotFoundMessage.js';
export { useFormErrors, type FormErrors } from './useFormErrors.js';
export {
  CommissionStatusBadge,
  commissionStatusLabel,
  type CommissionStatusValue,
} from './CommissionStatusBadge.js';
export { useConnectionQuery } from './useConnectionQuery.js';
export {
  CommissionsTable,
  commissionKindLabel,
  type CommissionColumnKey,
  type CommissionsTableProps,
  type CommissionValue,
} from './CommissionsTable.js';
export { RecordPage, type RecordPageProps } from './RecordPage.js';
export { SecretOnceModal, type SecretOnceModalProps } from './SecretOnceModal.js';
export { lazyPage, PageLoader, PageSuspense } from './LazyPage.js';
