import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { moneyOf } from '@partnerkit/domain';
import { type GraphQLContext } from '../../graphql/context.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Program } from '../../kernel/program.entity.js';
import { ProgramsArgs } from './program.args.js';
import { CreateProgramInput, UpdateProgramInput } from './program.input.js';
import { type ProgramService } from './program.service.js';
import { CommissionRule, ProgramConnection, ruleViews, SplitWeights } from './program.type.js';
import { Partner } from '../../kernel/partner.entity.js';
import { SignupField } from '../signup/signup-field.type.js';

@Resolver(() => Program)
export class ProgramResolver {
  constructor(private readonly programService: ProgramService) {}

  @Authorized()
  @Query(() => ProgramConnection, { description: 'Programs by priority.' })
  programs(@Args(() => ProgramsArgs) args: ProgramsArgs, @Ctx() { em }: GraphQLContext) {
    return this.programService.list(em, args);
  }

  @Authorized()
  @Query(() => Program)
  program(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.programService.get(em, id);
  }

  @Authorized()
  @Mutation(() => Program)
  createProgram(
    @Arg('input', () => CreateProgramInput) input: CreateProgramInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.programService.create(em, input);
  }

  @Authorized()
  @Mutation(() => Program)
  updateProgram(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProgramInput) input: UpdateProgramInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.programService.update(em, id, input);
  }

  @FieldResolver(() => [CommissionRule])
  rules(@Root() program: Program) {
    return ruleViews(program.rules, program.currency);
  }

  @FieldResolver(() => SplitWeights, { nullable: true })
  splitWeights(@Root() program: Program) {
    return program.splitWeights;
  }

  @Authorized()
  @FieldResolver(() => Int, { description: 'How many partners belong to the program.' })
  partnerCount(@Root() program: Program, @Ctx() { em }: GraphQLContext) {
    return em.count(Partner, { programs: program.id });
  }

  @FieldResolver(() => [SignupField], { description: 'Custom questions of the signup form.' })
  signupFields(@Root() program: Program) {
    return program.signupFields;
  }

  @Authorized()
  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'Parent of signups that come without a recruiting link.',
  })
  signupParent(@Root() program: Program, @Ctx() { em }: GraphQLContext) {
    return program.signupParentId ? em.findOne(Partner, { id: program.signupParentId }) : null;
  }

  @FieldResolver(() => MoneyType, {
    description: 'Partners are paid once their payable balance reaches this.',
  })
  minimumPayout(@Root() program: Program) {
    return MoneyType.of(moneyOf(program.minimumPayoutMinor, program.currency));
  }
}
