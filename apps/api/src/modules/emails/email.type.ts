import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { OutboundEmail } from './outbound-email.entity.js';

@ObjectType()
export class OutboundEmailConnection extends Connection(OutboundEmail) {}

@ObjectType()
export class MailSettings {
  @Field(() => Boolean, { description: 'False: emails stay in the outbox (status HELD).' })
  smtpConfigured!: boolean;
}
