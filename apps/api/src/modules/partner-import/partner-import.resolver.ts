import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PartnerImportService } from './partner-import.service.js';
import { PartnerImportReport } from './partner-import.type.js';

@Resolver()
export class PartnerImportResolver {
  constructor(private readonly importService: PartnerImportService) {}

  @Authorized()
  @Mutation(() => PartnerImportReport, {
    description:
      'Imports partners from CSV (columns code,name,email[,status,parent_code,programs,password,custom.<key>]). Every row is checked first; with any problem, or dryRun, nothing is written.',
  })
  importPartners(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.importService.import(em, csv, dryRun);
  }
}
