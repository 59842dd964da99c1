import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Partner } from '../../kernel/partner.entity.js';

@ObjectType()
export class PartnerConnection extends Connection(Partner) {}
