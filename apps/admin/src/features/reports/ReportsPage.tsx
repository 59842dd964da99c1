import { Tabs } from '@mantine/core';
import { PageHeader } from '@partnerkit/ui';
import { useSearchParams } from 'react-router';
import { ActivityReportTab } from './ActivityReportTab';
import { EntriesReport } from './EntriesReport';
import { LeadReportTab } from './LeadReportTab';
import { LedgerReportTab } from './LedgerReportTab';
import { LinkReportTab } from './LinkReportTab';
import { ReferralReportTab } from './ReferralReportTab';
import { ReportFilters } from './ReportFilters';
import { useReportFilters } from './useReportFilters';

const TABS = [
  { value: 'ledger', label: 'Ledger' },
  { value: 'activity', label: 'Activity' },
  { value: 'links', label: 'Links' },
  { value: 'leads', label: 'Leads' },
  { value: 'referrals', label: 'Referrals' },
  { value: 'commissions', label: 'Commissions & clawbacks' },
  { value: 'payments', label: 'Payments' },
] as const;

/** Every report on one page: shared filters, one tab per report (the tab is in the address). */
export function ReportsPage() {
  const { filters, update } = useReportFilters();
  const [params, setParams] = useSearchParams();
  const tab = TABS.some((t) => t.value === params.get('tab')) ? params.get('tab')! : 'ledger';
  return (
    <>
      <PageHeader
        title="Reports"
        description="Days in the program's time zone (the first program's when none is chosen). Amounts per currency, never added across currencies. Export CSV saves the rows shown."
      />
      <ReportFilters value={filters} onChange={update} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ledger">
          <LedgerReportTab filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityReportTab filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="links">
          <LinkReportTab filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="leads">
          <LeadReportTab filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals">
          <ReferralReportTab filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="commissions">
          <EntriesReport
            label="Commissions and clawbacks"
            filters={filters}
            scope={{ kinds: ['COMMISSION', 'CLAWBACK'] }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="payments">
          <EntriesReport label="Payments" filters={filters} scope={{ kinds: ['PAYMENT'] }} payments />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
