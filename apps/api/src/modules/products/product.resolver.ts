import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { moneyOf } from '@partnerkit/domain';
import { type GraphQLContext } from '../../graphql/context.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Product } from '../../kernel/product.entity.js';
import { ProductsArgs } from './product.args.js';
import { UpsertProductInput } from './product.input.js';
import { type ProductService } from './product.service.js';
import { ProductConnection } from './product.type.js';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Authorized()
  @Query(() => ProductConnection, { description: 'The catalogue, by name.' })
  products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() { em }: GraphQLContext) {
    return this.productService.list(em, args);
  }

  @Authorized()
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.productService.get(em, id);
  }

  @Authorized()
  @Mutation(() => Product, { description: 'Creates or updates the product with this SKU.' })
  upsertProduct(
    @Arg('input', () => UpsertProductInput) input: UpsertProductInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.productService.upsert(em, input);
  }

  @FieldResolver(() => MoneyType)
  price(@Root() product: Product) {
    return MoneyType.of(moneyOf(product.priceMinor, product.currency));
  }
}
