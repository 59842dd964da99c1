import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { UpdateProgramInput } from './program.input.js';
import { type ProgramPreviewService } from './program-preview.service.js';
import { ProgramChangePreview } from './program-preview.type.js';

@Resolver()
export class ProgramPreviewResolver {
  constructor(private readonly previewService: ProgramPreviewService) {}

  @Authorized()
  @Query(() => ProgramChangePreview, {
    description: 'What an edit of the program would have paid over [from, to), per partner. Writes nothing.',
  })
  previewProgramChange(
    @Arg('programId', () => ID) programId: string,
    @Arg('input', () => UpdateProgramInput) input: UpdateProgramInput,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.previewService.preview(em, programId, input, from, to);
  }
}
