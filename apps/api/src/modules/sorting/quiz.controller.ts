import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { Idempotent, IdempotentAnswer } from '../../common/idempotency/idempotent.decorator';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { QuizAnswersDto, QuizResultDto, QuizTodayDto } from './dto/quiz.dto';
import { QuizService } from './quiz.service';

@ApiTags('quiz')
@ApiBearerAuth()
@ApiErrors('UNAUTHENTICATED')
@Controller('quiz')
export class QuizController {
  constructor(private readonly quiz: QuizService) {}

  @Get('today')
  @ApiOperation({ summary: "Today's quiz questions (China time), and the result once answered" })
  @ApiOkResponse({ type: QuizTodayDto })
  today(@CurrentCaller() caller: Caller): Promise<QuizTodayDto> {
    return this.quiz.today(caller);
  }

  @Post('answers')
  @Idempotent()
  @ApiOperation({ summary: "Answer today's quiz, once a day; correct answers earn points within the daily cap" })
  @ApiCreatedResponse({ type: QuizResultDto })
  @ApiErrors('VALIDATION_FAILED', 'QUIZ_ALREADY_ANSWERED')
  answer(
    @CurrentCaller() caller: Caller,
    @Body() dto: QuizAnswersDto,
    @IdempotentAnswer() pending: PendingAnswer,
  ): Promise<QuizResultDto> {
    return this.quiz.answer(caller, dto, pending);
  }
}
