import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type QuizAnswer,
  type QuizAnswerResult,
  type QuizAnswersRequest,
  type QuizQuestion,
  type QuizResultResponse,
  type QuizSolution,
  type QuizTodayResponse,
  type QuizTodayResult,
  WASTE_CATEGORIES,
  type WasteCategory,
} from '@zerowaste/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Min, ValidateNested } from 'class-validator';

export class QuizQuestionDto implements QuizQuestion {
  @ApiProperty()
  itemId: number;

  @ApiProperty({ example: '易拉罐' })
  name: string;

  @ApiProperty({ enum: WASTE_CATEGORIES, isArray: true })
  options: WasteCategory[];
}

export class QuizSolutionDto implements QuizSolution {
  @ApiProperty()
  itemId: number;

  @ApiProperty({ example: '易拉罐' })
  name: string;

  @ApiProperty({ enum: WASTE_CATEGORIES })
  category: WasteCategory;

  @ApiProperty({ example: '倒空冲净、压扁后投放' })
  tip: string;
}

export class QuizAnswerResultDto extends QuizSolutionDto implements QuizAnswerResult {
  @ApiProperty({ enum: WASTE_CATEGORIES })
  yourCategory: WasteCategory;

  @ApiProperty()
  correct: boolean;
}

export class QuizTodayResultDto implements QuizTodayResult {
  @ApiProperty({ example: 4 })
  correct: number;

  @ApiProperty({ example: 4 })
  awarded: number;

  @ApiProperty({ format: 'date-time' })
  answeredAt: string;

  @ApiProperty({ type: [QuizSolutionDto] })
  solutions: QuizSolutionDto[];
}

export class QuizTodayDto implements QuizTodayResponse {
  @ApiProperty({ example: '2025-03-02', description: 'China time (Asia/Shanghai)' })
  day: string;

  @ApiProperty({ type: [QuizQuestionDto] })
  questions: QuizQuestionDto[];

  @ApiProperty()
  answered: boolean;

  @ApiPropertyOptional({ type: QuizTodayResultDto })
  result?: QuizTodayResultDto;
}

export class QuizAnswerDto implements QuizAnswer {
  @ApiProperty()
  @IsInt()
  @Min(1)
  itemId: number;

  @ApiProperty({ enum: WASTE_CATEGORIES })
  @IsIn(WASTE_CATEGORIES)
  category: WasteCategory;
}

export class QuizAnswersDto implements QuizAnswersRequest {
  @ApiProperty({ type: [QuizAnswerDto], description: "Exactly today's questions, each once" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerDto)
  answers: QuizAnswerDto[];
}

export class QuizResultDto implements QuizResultResponse {
  @ApiProperty({ example: '2025-03-02' })
  day: string;

  @ApiProperty({ example: 4 })
  correct: number;

  @ApiProperty({ example: 4, description: 'Within the daily quiz cap' })
  awarded: number;

  @ApiProperty({ example: 46 })
  balance: number;

  @ApiProperty({ type: [QuizAnswerResultDto] })
  results: QuizAnswerResultDto[];
}
