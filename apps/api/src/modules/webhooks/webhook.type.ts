import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ObjectType({ description: 'An endpoint with its signing secret, shown only here (creation, rotation).' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The `whsec_…` secret to verify signatures with.' })
  secret!: string;
}
