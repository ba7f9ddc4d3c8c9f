import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';

/** One user's answers to one day's quiz; a day's quiz is answered once. */
@Entity('quiz_attempts')
@Index('uq_quiz_attempts_user_day', ['userId', 'day'], { unique: true })
export class QuizAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** The quiz's day in China time, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int' })
  correct: number;

  @Column({ type: 'int' })
  awarded: number;

  @CreatedAt()
  createdAt: Date;
}
