import { runtimeConfig } from '@partnerkit/ui';

export interface UploadFields {
  kind: 'BANNER' | 'FILE';
  title: string;
  notes: string;
  sortOrder: number;
  landingUrl: string;
  programIds: string[];
}

/** An upload refused by the API: its message, stable code and the field at fault. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

/** POSTs a banner or file with its fields (fields first, file last) to the API's upload route. */
export async function uploadCollateral(fields: UploadFields, file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('kind', fields.kind);
  form.append('title', fields.title);
  form.append('notes', fields.notes);
  form.append('sortOrder', String(fields.sortOrder));
  if (fields.landingUrl.trim()) form.append('landingUrl', fields.landingUrl.trim());
  for (const id of fields.programIds) form.append('programIds', id);
  form.append('file', file);
  const url = new URL('/collateral/uploads', new URL(runtimeConfig().apiUrl, window.location.href));
  const response = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'include',
    headers: { 'x-partnerkit-app': 'admin' },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new UploadError(
      typeof body.message === 'string' ? body.message : `The upload failed (${response.status}).`,
      typeof body.reason === 'string' ? body.reason : undefined,
      typeof body.field === 'string' ? body.field : undefined,
    );
  }
  return { id: String(body.id) };
}
