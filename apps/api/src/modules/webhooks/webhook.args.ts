import { ArgsType, Field, ID } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { type WebhookDeliveryStatus, WebhookDeliveryStatusEnum } from './webhook-delivery.entity.js';

@ArgsType()
export class WebhookDeliveriesArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true })
  endpointId?: string | null;

  @Field(() => WebhookDeliveryStatusEnum, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}
