import { Field, InputType } from 'type-graphql';

/** Creates the product with this SKU, or updates it when it exists. */
@InputType()
export class UpsertProductInput {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'List price in minor units, e.g. "4900" for USD 49.00.' })
  priceMinor!: string;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => Boolean, { defaultValue: false })
  subscription!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true archives the product, false restores it.' })
  archived?: boolean | null;
}
