import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyInput } from './api-key.input.js';
import { type ApiKeyService } from './api-key.service.js';
import { CreatedApiKey } from './api-key.type.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Authorized()
  @Query(() => [ApiKey])
  apiKeys(@Ctx() { em }: GraphQLContext) {
    return this.apiKeyService.list(em);
  }

  @Authorized()
  @Mutation(() => CreatedApiKey, { description: 'The secret is in the answer once and never again.' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() { em, actor }: GraphQLContext,
  ) {
    if (actor.kind !== 'admin') fail('FORBIDDEN', 'You may not do this.');
    return this.apiKeyService.create(em, input, actor.adminUserId);
  }

  @Authorized()
  @Mutation(() => CreatedApiKey, {
    description:
      'A new secret (in the answer once); the old one works until `oldSecretValidUntil` (default: 24 hours).',
  })
  rotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('oldSecretValidUntil', () => Date, { nullable: true }) oldSecretValidUntil: Date | null,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.apiKeyService.rotate(em, id, oldSecretValidUntil);
  }

  @Authorized()
  @Mutation(() => ApiKey)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.apiKeyService.revoke(em, id);
  }
}
