import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Program } from './program.entity.js';

@ObjectType()
export class ProgramConnection extends Connection(Program) {}
