import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { WebhookDeliveriesArgs } from './webhook.args.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.input.js';
import { type WebhookService } from './webhook.service.js';
import { WebhookDeliveryConnection, WebhookEndpointWithSecret } from './webhook.type.js';
import { type WebhookDispatcher } from './webhook-dispatcher.js';

@Resolver()
export class WebhookResolver {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  @Authorized()
  @Query(() => [String], { description: 'The event types an endpoint can subscribe to.' })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Authorized()
  @Query(() => [WebhookEndpoint])
  webhookEndpoints(@Ctx() { em }: GraphQLContext) {
    return this.webhooks.list(em);
  }

  @Authorized()
  @Mutation(() => WebhookEndpointWithSecret, { description: 'The secret is shown only in this answer.' })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() { em, actor }: GraphQLContext,
  ) {
    return this.webhooks.create(em, input, actor.kind === 'admin' ? actor.adminUserId : null);
  }

  @Authorized()
  @Mutation(() => WebhookEndpoint)
  updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.webhooks.update(em, id, input);
  }

  @Authorized()
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'A new signing secret; the previous one also signs for 24 hours.',
  })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.webhooks.rotateSecret(em, id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes the endpoint and its deliveries.' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.webhooks.remove(em, id);
  }

  @Authorized()
  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries, newest first.' })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.webhooks.deliveries(em, args);
  }

  @Authorized()
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again now (same webhook-id and body).' })
  async replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    const delivery = await this.webhooks.replay(em, id);
    this.dispatcher.kick();
    return delivery;
  }
}
