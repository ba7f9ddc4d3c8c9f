import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { EvidenceResponse } from '@zerowaste/shared';
import { useEffect, useState } from 'react';
import { CardTitle } from '@/components/card-title';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { PhotoGrid } from '@/components/photo-grid';
import { SessionGate } from '@/components/session-gate';
import { usePagedList } from '@/hooks/use-paged-list';
import { messageOf } from '@/services/http';
import { approveEvidence, listPendingEvidence, rejectEvidence } from '@/services/scoring';
import { formatDateTime } from '@/utils/format';
import { formatPeriod } from '@/utils/period';
import { DashboardNav } from '../../components/dashboard-nav';
import './index.scss';

function ReviewCard({ evidence, onDecided }: { evidence: EvidenceResponse; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const decide = async (action: () => Promise<EvidenceResponse>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void Taro.showToast({ title: done, icon: 'success' });
      onDecided();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const reject = () => {
    if (!reason.trim()) {
      setError('请写明退回原因，细胞负责人会照着补充材料');
      return;
    }
    void decide(() => rejectEvidence(evidence.id, reason.trim()), '已退回');
  };

  return (
    <View className="card review__card">
      <CardTitle title={evidence.cellName} tag={formatPeriod(evidence.period)} />
      <Text className="review__indicator">
        {evidence.indicatorName}：<Text className="review__value">{evidence.value}</Text>
      </Text>
      <Text className="review__note">{evidence.note}</Text>
      {evidence.imageUrls.length > 0 ? (
        <PhotoGrid urls={evidence.imageUrls} />
      ) : (
        <Text className="review__muted">没有附照片</Text>
      )}
      <Text className="review__muted">提交于 {formatDateTime(evidence.createdAt)}</Text>
      {rejecting ? (
        <View className="review__reject">
          <Input
            className="review__reason"
            value={reason}
            maxlength={200}
            placeholder="退回原因，例如：照片看不清宣传栏内容"
            onInput={(event) => setReason(event.detail.value)}
          />
          <View className="review__buttons">
            <Button
              className="btn btn--plain review__button"
              disabled={busy || undefined}
              onClick={() => setRejecting(false)}
            >
              取消
            </Button>
            <Button className="btn btn--danger review__button" disabled={busy || undefined} onClick={reject}>
              {busy ? '正在退回…' : '确认退回'}
            </Button>
          </View>
        </View>
      ) : (
        <View className="review__buttons">
          <Button
            className="btn btn--danger review__button"
            disabled={busy || undefined}
            onClick={() => setRejecting(true)}
          >
            退回
          </Button>
          <Button
            className="btn btn--primary review__button"
            disabled={busy || undefined}
            onClick={() => void decide(() => approveEvidence(evidence.id), '已通过')}
          >
            {busy ? '正在提交…' : '通过'}
          </Button>
        </View>
      )}
      {error ? <View className="notice review__error">{error}</View> : null}
    </View>
  );
}

function Review() {
  const list = usePagedList(listPendingEvidence);
  const { reload } = list;
  useEffect(() => {
    void reload();
  }, [reload]);
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  return (
    <View>
      <DashboardNav current="review" />
      {list.loaded && list.total > 0 ? (
        <View className="notice">共 {list.total} 份材料待审核。通过后计入该细胞当月评分，退回时请写明原因。</View>
      ) : null}
      <PagedListView
        list={list}
        loadingTitle="正在加载待审核的材料…"
        errorTitle="没能加载待审核的材料"
        empty={{
          title: '没有待审核的材料',
          description: '各细胞提交佐证材料后会出现在这里。',
          icon: '✓',
        }}
      >
        {(items) => items.map((item) => <ReviewCard key={item.id} evidence={item} onDecided={() => void reload()} />)}
      </PagedListView>
    </View>
  );
}

export default function DashboardEvidenceReviewPage() {
  return (
    <PageShell className="review">
      <SessionGate>{() => <Review />}</SessionGate>
    </PageShell>
  );
}
