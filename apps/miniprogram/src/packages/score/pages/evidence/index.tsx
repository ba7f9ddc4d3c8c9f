import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import {
  type CellResponse,
  chinaPeriodOf,
  EVIDENCE_STATUS_LABELS,
  type EvidenceResponse,
  MAX_IMAGES_PER_RECORD,
  type Period,
  type RubricIndicator,
  type RubricResponse,
} from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { CardTitle } from '@/components/card-title';
import { FilterChips } from '@/components/filter-chips';
import { IntroPanel } from '@/components/intro-panel';
import { ManagedCellPage } from '@/components/managed-cell';
import { PhotoGrid } from '@/components/photo-grid';
import { ResourceView } from '@/components/resource-view';
import { StateView } from '@/components/state-view';
import { SubmitButton } from '@/components/submit-button';
import { usePhotoUploads } from '@/hooks/use-photo-uploads';
import { useResource } from '@/hooks/use-resource';
import { hasFieldError, messageOf } from '@/services/http';
import { getRubric, listCellEvidence, submitEvidence, uploadEvidencePhoto } from '@/services/scoring';
import { formatPeriod, lastScoredPeriod } from '@/utils/period';
import './index.scss';

/** What the manager enters for an indicator, by its rule. */
function valueHint(indicator: RubricIndicator): string {
  switch (indicator.rule) {
    case 'yes_no':
      return '是否做到';
    case 'deductions':
      return `未通过的检查项数（共 ${indicator.checks?.length ?? 0} 项）`;
    default:
      return indicator.target === undefined ? '数值' : `数值（目标 ${indicator.target}）`;
  }
}

function EvidenceForm({
  cellId,
  period,
  indicator,
  onDone,
}: {
  cellId: number;
  period: Period;
  indicator: RubricIndicator;
  onDone: () => void;
}) {
  const [value, setValue] = useState(indicator.rule === 'yes_no' ? '1' : '');
  const [note, setNote] = useState('');
  const photos = usePhotoUploads(uploadEvidencePhoto);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
      setError('请填写一个不小于 0 的数值');
      return;
    }
    if (!note.trim()) {
      setError('请写一句说明：做了什么、什么时候、在哪里');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await submitEvidence(cellId, {
        indicatorKey: indicator.key,
        period,
        value: number,
        note: note.trim(),
        imageIds: photos.photos.map((photo) => photo.id),
      });
      void Taro.showToast({ title: '已提交，等待审核', icon: 'success' });
      onDone();
    } catch (e) {
      setError(hasFieldError(e, 'value') ? `数值不对：${messageOf(e)}` : messageOf(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="evidence__form">
      <Text className="evidence__label">{valueHint(indicator)}</Text>
      {indicator.rule === 'yes_no' ? (
        <View className="evidence__choices">
          {[
            { value: '1', label: '已做到' },
            { value: '0', label: '未做到' },
          ].map((choice) => (
            <Text
              key={choice.value}
              className={`evidence__choice${value === choice.value ? ' evidence__choice--active' : ''}`}
              onClick={() => setValue(choice.value)}
            >
              {choice.label}
            </Text>
          ))}
        </View>
      ) : (
        <Input
          className="evidence__input"
          type="digit"
          value={value}
          placeholder="请输入数值"
          onInput={(event) => setValue(event.detail.value)}
        />
      )}
      <Text className="evidence__label">说明</Text>
      <Textarea
        className="evidence__textarea"
        value={note}
        maxlength={500}
        placeholder="例如：11月12日在3号楼开展入户宣传，发放宣传册120份"
        onInput={(event) => setNote(event.detail.value)}
      />
      <Text className="evidence__label">现场照片（最多 {MAX_IMAGES_PER_RECORD} 张，自动去除位置信息）</Text>
      <PhotoGrid
        urls={photos.photos.map((photo) => photo.url)}
        onAdd={() => void photos.pick()}
        onRemove={photos.remove}
        max={MAX_IMAGES_PER_RECORD}
        busy={photos.uploading}
      />
      {error || photos.error ? <View className="notice evidence__error">{error ?? photos.error}</View> : null}
      <SubmitButton
        busy={sending || photos.uploading}
        text="提交审核"
        busyText={photos.uploading ? '照片上传中…' : '正在提交…'}
        onClick={() => void submit()}
        className="evidence__submit"
      />
    </View>
  );
}

function ChecklistItem({
  cellId,
  period,
  indicator,
  latest,
  onSubmitted,
}: {
  cellId: number;
  period: Period;
  indicator: RubricIndicator;
  latest: EvidenceResponse | undefined;
  onSubmitted: () => void;
}) {
  const [open, setOpen] = useState(false);
  const status = latest?.status;
  return (
    <View className="card evidence__item">
      <CardTitle title={indicator.name} tag={`${indicator.weight} 分`} />
      {indicator.description ? <Text className="evidence__description">{indicator.description}</Text> : null}
      {indicator.checks?.length ? (
        <View className="evidence__checks">
          {indicator.checks.map((check) => (
            <Text key={check} className="evidence__check">
              · {check}
            </Text>
          ))}
        </View>
      ) : null}
      <View className="evidence__status-row">
        <Text className={`evidence__status evidence__status--${status ?? 'missing'}`}>
          {status ? EVIDENCE_STATUS_LABELS[status] : '未提交'}
        </Text>
        {latest ? <Text className="evidence__note">{latest.note}</Text> : null}
      </View>
      {status === 'rejected' && latest?.reason ? (
        <Text className="evidence__reason">退回原因：{latest.reason}。请按要求补充后重新提交。</Text>
      ) : null}
      {latest && latest.imageUrls.length > 0 ? <PhotoGrid urls={latest.imageUrls} /> : null}
      {open ? (
        <EvidenceForm
          cellId={cellId}
          period={period}
          indicator={indicator}
          onDone={() => {
            setOpen(false);
            onSubmitted();
          }}
        />
      ) : (
        <Button
          className={`btn ${status === 'approved' || status === 'pending' ? 'btn--plain' : 'btn--primary'} evidence__open`}
          onClick={() => setOpen(true)}
        >
          {status ? '重新提交材料' : '提交材料'}
        </Button>
      )}
    </View>
  );
}

function Checklist({ cell, rubric }: { cell: CellResponse; rubric: RubricResponse }) {
  const cellId = cell.id;
  const thisMonth = chinaPeriodOf(new Date());
  const [period, setPeriod] = useState<Period>(thisMonth);
  const evidence = useResource(
    useCallback(() => listCellEvidence(cellId, { period, pageSize: 100 }), [cellId, period]),
  );
  usePullDownRefresh(() => {
    void evidence.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const manual = rubric.indicators.filter((indicator) => indicator.source === 'manual');
  // The list is newest first: the first piece for an indicator is the one that stands.
  const latestFor = (key: string) => evidence.data?.items.find((item) => item.indicatorKey === key);
  const approved = manual.filter((indicator) => latestFor(indicator.key)?.status === 'approved').length;

  return (
    <View>
      <IntroPanel
        overline={`${cell.name} · 证据清单`}
        title={`已通过 ${approved} / ${manual.length} 项`}
        text="这些指标靠佐证材料得分：写清做了什么、拍下现场照片，管理员审核通过后计入当月评分。"
      />
      <FilterChips
        label="月份"
        options={[
          { value: thisMonth, label: `${formatPeriod(thisMonth)}（本月）` },
          { value: lastScoredPeriod(), label: `${formatPeriod(lastScoredPeriod())}（上月）` },
        ]}
        value={period}
        onChange={setPeriod}
      />
      {manual.length === 0 ? (
        <StateView
          kind="info"
          title="这个细胞没有需要填报的指标"
          description="各项得分都由系统按投放和答题数据自动统计。"
        />
      ) : (
        <ResourceView resource={evidence} loadingTitle="正在加载已提交的材料…" errorTitle="没能加载已提交的材料">
          {() =>
            manual.map((indicator) => (
              <ChecklistItem
                key={`${period}.${indicator.key}`}
                cellId={cellId}
                period={period}
                indicator={indicator}
                latest={latestFor(indicator.key)}
                onSubmitted={() => void evidence.reload()}
              />
            ))
          }
        </ResourceView>
      )}
    </View>
  );
}

function EvidencePage({ cell }: { cell: CellResponse }) {
  const rubric = useResource(useCallback(() => getRubric(cell.id), [cell.id]));
  return (
    <ResourceView resource={rubric} loadingTitle="正在加载评分细则…" errorTitle="没能加载评分细则">
      {(data) => <Checklist cell={cell} rubric={data} />}
    </ResourceView>
  );
}

export default function ScoreEvidencePage() {
  return <ManagedCellPage className="evidence">{(cell) => <EvidencePage cell={cell} />}</ManagedCellPage>;
}
