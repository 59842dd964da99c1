import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Product } from '../../kernel/product.entity.js';

@ObjectType()
export class ProductConnection extends Connection(Product) {}
