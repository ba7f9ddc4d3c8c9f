import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  type QuizAnswer,
  type QuizResultResponse,
  type QuizSolution,
  type QuizTodayResponse,
  WASTE_CATEGORY_LABELS,
  type WasteCategory,
} from '@zerowaste/shared';
import { useEffect, useState } from 'react';
import { CategoryChip } from '../../../../components/category-chip';
import { CategoryPicker } from '../../../../components/category-picker';
import { PageShell } from '../../../../components/page-shell';
import { ResourceView } from '../../../../components/resource-view';
import { SessionGate } from '../../../../components/session-gate';
import { useResource } from '../../../../hooks/use-resource';
import { ROUTES } from '../../../../routes';
import { messageOf } from '../../../../services/http';
import { getTodayQuiz, submitQuizAnswers } from '../../../../services/quiz';
import { refreshBalance, setBalance, useBalance } from '../../../../stores/points';
import './index.scss';

interface ReviewRow extends QuizSolution {
  /** What the user picked, when known (only right after answering). */
  yourCategory?: WasteCategory;
  correct?: boolean;
}

function QuizReview({
  correct,
  total,
  awarded,
  rows,
}: {
  correct: number;
  total: number;
  awarded: number;
  rows: ReviewRow[];
}) {
  const balance = useBalance();
  useEffect(() => {
    refreshBalance().catch(() => undefined);
  }, []);
  return (
    <View>
      <View className="quiz__score">
        <Text className="quiz__score-label">今日答对</Text>
        <Text className="quiz__score-value">
          {correct}
          <Text className="quiz__score-total"> / {total}</Text>
        </Text>
        <Text className="quiz__earned">{awarded > 0 ? `获得 ${awarded} 积分` : '本次没有获得积分'}</Text>
        {balance !== null ? <Text className="quiz__balance">当前积分 {balance}</Text> : null}
      </View>
      <Text className="section-title quiz__review-title">答案解析</Text>
      {rows.map((row) => (
        <View key={row.itemId} className={`card quiz__answer${row.correct === false ? ' quiz__answer--wrong' : ''}`}>
          <View className="quiz__answer-head">
            <Text className="quiz__answer-name">{row.name}</Text>
            {row.correct === undefined ? null : (
              <Text className={`quiz__mark quiz__mark--${row.correct ? 'right' : 'wrong'}`}>
                {row.correct ? '✓ 答对' : '✗ 答错'}
              </Text>
            )}
          </View>
          <View className="quiz__answer-line">
            <Text className="quiz__answer-label">正确答案</Text>
            <CategoryChip category={row.category} />
          </View>
          {row.correct === false && row.yourCategory ? (
            <Text className="quiz__answer-yours">你选了{WASTE_CATEGORY_LABELS[row.yourCategory]}</Text>
          ) : null}
          {row.tip ? <Text className="quiz__answer-tip">{row.tip}</Text> : null}
        </View>
      ))}
      <Button className="btn btn--ghost quiz__back" onClick={() => void Taro.switchTab({ url: ROUTES.sorting })}>
        返回分类查询
      </Button>
    </View>
  );
}

function QuizQuestions({ quiz, onDone }: { quiz: QuizTodayResponse; onDone: (result: QuizResultResponse) => void }) {
  const [answers, setAnswers] = useState<Record<number, WasteCategory>>({});
  const [index, setIndex] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const total = quiz.questions.length;
  const finished = index >= total;
  const question = finished ? null : quiz.questions[index];

  const pick = (category: WasteCategory) => {
    if (!question) return;
    setAnswers((previous) => ({ ...previous, [question.itemId]: category }));
    setIndex(index + 1);
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    try {
      const list: QuizAnswer[] = quiz.questions.map((q) => ({ itemId: q.itemId, category: answers[q.itemId] }));
      const result = await submitQuizAnswers(list);
      setBalance(result.balance);
      onDone(result);
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <View className="quiz__progress">
        <Text className="quiz__progress-text">{finished ? '全部答完' : `第 ${index + 1} / ${total} 题`}</Text>
        <View className="quiz__bar">
          <View className="quiz__bar-fill" style={{ width: `${(Math.min(index, total) / total) * 100}%` }} />
        </View>
      </View>
      {question ? (
        <View>
          <View className="card quiz__question">
            <Text className="quiz__ask">这个应该投进哪个桶？</Text>
            <Text className="quiz__item">{question.name}</Text>
          </View>
          <CategoryPicker selected={answers[question.itemId]} onPick={pick} />
        </View>
      ) : (
        <View className="card quiz__summary">
          {quiz.questions.map((q) => (
            <View key={q.itemId} className="quiz__summary-row">
              <Text className="quiz__summary-name">{q.name}</Text>
              <CategoryChip category={answers[q.itemId]} />
            </View>
          ))}
          <Button
            className={`btn btn--primary quiz__submit${submitting ? ' btn--disabled' : ''}`}
            disabled={submitting || undefined}
            onClick={() => void submit()}
          >
            {submitting ? '正在提交…' : '提交答案'}
          </Button>
        </View>
      )}
      {index > 0 ? (
        <Button className="btn btn--plain quiz__prev" onClick={() => setIndex(index - 1)}>
          上一题
        </Button>
      ) : null}
    </View>
  );
}

function Quiz() {
  const quiz = useResource(getTodayQuiz);
  const [result, setResult] = useState<QuizResultResponse | null>(null);
  return (
    <ResourceView resource={quiz} loadingTitle="正在出题…" errorTitle="没能加载今天的题目">
      {(today) => {
        if (result) {
          return (
            <QuizReview
              correct={result.correct}
              total={result.results.length}
              awarded={result.awarded}
              rows={result.results}
            />
          );
        }
        if (today.answered && today.result) {
          const done = today.result;
          return (
            <QuizReview
              correct={done.correct}
              total={done.solutions.length}
              awarded={done.awarded}
              rows={done.solutions}
            />
          );
        }
        return <QuizQuestions quiz={today} onDone={setResult} />;
      }}
    </ResourceView>
  );
}

export default function QuizPage() {
  return (
    <PageShell className="quiz">
      <SessionGate>{() => <Quiz />}</SessionGate>
    </PageShell>
  );
}
