import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { TaggedLinkBuilder, withSubId } from './TaggedLinkBuilder';

const LINKS = [
  {
    __typename: 'PartnerTrackingLink' as const,
    trackingLinkId: null,
    name: 'Default link',
    slug: null,
    url: 'http://localhost:4000/r/alice',
    destinationUrl: 'https://example.com/',
  },
  {
    __typename: 'PartnerTrackingLink' as const,
    trackingLinkId: 'link-1',
    name: 'Pricing',
    slug: 'pricing',
    url: 'http://localhost:4000/r/alice/pricing',
    destinationUrl: 'https://example.com/pricing',
  },
];

describe('TaggedLinkBuilder', () => {
  test('adds the sub-id to the chosen link, and refuses an invalid one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TaggedLinkBuilder links={LINKS} />);
    await user.type(screen.getByLabelText('Sub-id'), 'news.june');
    expect(screen.getByTestId('tagged-link').textContent).toBe('http://localhost:4000/r/alice?sub=news.june');
    await user.clear(screen.getByLabelText('Sub-id'));
    await user.type(screen.getByLabelText('Sub-id'), 'bad tag!');
    expect(screen.queryByTestId('tagged-link')).toBeNull();
    expect(screen.getByText('Use 1 to 100 letters, digits, _ - or .')).toBeTruthy();
  });

  test('withSubId keeps what the link already has', () => {
    expect(withSubId('http://h/r/a/b?x=1', 'tag')).toBe('http://h/r/a/b?x=1&sub=tag');
  });
});
