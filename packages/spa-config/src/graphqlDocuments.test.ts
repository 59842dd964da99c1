import { describe, expect, test } from 'vitest';
import { documentExportName, documentsOf, inlineGraphqlDocuments } from './graphqlDocuments.js';

describe('graphql() documents imported one by one', () => {
  test('names a document as the client preset exports it', () => {
    expect(documentExportName('\n  query Partners($first: Int!) { partners { totalCount } }')).toBe(
      'PartnersDocument',
    );
    expect(documentExportName('mutation signOut { signOut }')).toBe('SignOutDocument');
    expect(documentExportName('# the list\nfragment PageInfoFields on PageInfo { hasNextPage }')).toBe(
      'PageInfoFieldsFragmentDoc',
    );
    expect(documentExportName('{ me { id } }')).toBeNull();
  });

  test('replaces each call by an import of its document, keeping the line count', () => {
    const code = [
      "import { graphql } from '../../../gql';",
      '',
      'export const ME = graphql(`',
      '  query Me {',
      '    me { id }',
      '  }',
      '`);',
      'export const OUT = graphql(`mutation SignOut { signOut }`);',
      'export const line = 9;',
    ].join('\n');
    const rewritten = inlineGraphqlDocuments(code)!;
    expect(rewritten.split('\n')).toHaveLength(code.split('\n').length);
    expect(rewritten).toContain(
      "import __document_MeDocument from 'virtual:partnerkit-document/MeDocument';",
    );
    expect(rewritten).toContain("from 'virtual:partnerkit-document/SignOutDocument';");
    expect(rewritten).not.toContain('graphql(`');
    expect(rewritten.split('\n')[2]).toBe('export const ME = __document_MeDocument');
    expect(rewritten.split('\n')[8]).toBe('export const line = 9;');
  });

  test('leaves code without graphql() calls alone', () => {
    expect(inlineGraphqlDocuments("const graphql = 'graphql(`';")).toBeNull();
  });

  test('reads the documents of the generated gql/graphql.ts', () => {
    const generated = [
      'export type MeQuery = { me: { id: string } };',
      'export const MeDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;',
      'export const PageInfoFieldsFragmentDoc = {"kind":"Document"} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;',
    ].join('\n');
    const documents = documentsOf(generated);
    expect([...documents.keys()]).toEqual(['MeDocument', 'PageInfoFieldsFragmentDoc']);
    expect(JSON.parse(documents.get('MeDocument')!)).toEqual({ kind: 'Document', definitions: [] });
  });
});
