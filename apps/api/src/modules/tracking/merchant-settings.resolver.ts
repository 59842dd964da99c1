import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { MerchantSettings } from './merchant-settings.entity.js';
import { UpdateMerchantSettingsInput } from './merchant-settings.input.js';
import { type MerchantSettingsService } from './merchant-settings.service.js';

@Resolver(() => MerchantSettings)
export class MerchantSettingsResolver {
  constructor(private readonly settingsService: MerchantSettingsService) {}

  @Authorized()
  @Query(() => MerchantSettings, {
    description: "The merchant's tracking settings (partners see them to build deep links).",
  })
  merchantSettings(@Ctx() { em }: GraphQLContext) {
    return this.settingsService.get(em);
  }

  @Authorized()
  @Mutation(() => MerchantSettings)
  updateMerchantSettings(
    @Arg('input', () => UpdateMerchantSettingsInput) input: UpdateMerchantSettingsInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.settingsService.update(em, input);
  }
}
