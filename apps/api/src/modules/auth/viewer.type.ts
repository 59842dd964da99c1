import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Partner } from '../../kernel/partner.entity.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';

export enum ViewerKind {
  ADMIN = 'ADMIN',
  PARTNER = 'PARTNER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

/** Who the caller is. Exactly one of `admin` and `partner` is set for a signed-in person. */
@ObjectType()
export class Viewer {
  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => AdminUser, { nullable: true })
  admin?: AdminUser | null;

  @Field(() => Partner, { nullable: true })
  partner?: Partner | null;

  @Field(() => [String], { description: 'Scopes of the API key; empty for people.' })
  scopes!: string[];
}

/** Public facts about the server. */
@ObjectType()
export class ServerInfo {
  @Field(() => Boolean, {
    description: 'The server runs on the demo data: the sign-in pages show the demo accounts.',
  })
  demo!: boolean;
}
