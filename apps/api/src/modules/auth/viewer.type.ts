import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field(() => AdminUser, {
    nullable: true,
    description:
      'The admin viewing the portal as this partner ("View as partner", read only); null otherwise.',
  })
  viewedBy?: AdminUser | null;
}

/** A started "View as partner": the portal opens `<portal>/view#token=<token>` to begin it. */
@ObjectType()
export class PartnerViewStart {
  @Field(() => ID)
  viewId!: string;

  @Field(() => String, {
    description: 'One-time token for the portal’s /view link; works once, soon expires.',
  })
  token!: string;

  @Field(() => Date, { description: 'Until when the link may be opened.' })
  tokenExpiresAt!: Date;

  @Field(() => Date, { description: 'When the view ends at the latest.' })
  endsAt!: Date;
}

/** Public facts about the server. */
@ObjectType()
export class ServerInfo {
  @Field(() => Boolean, {
    description: 'The server runs on the demo data: the sign-in pages show the demo accounts.',
  })
  demo!: boolean;
}
