import {
  type GuideItemResponse,
  WASTE_SUBCATEGORIES,
  WASTE_SUBCATEGORY_LABELS,
  type WasteCategory,
  type WasteSubcategory,
} from '@zerowaste/shared';
import { useState } from 'react';
import { CategoryPicker } from '@/components/category-picker';
import { FieldInput, FormField } from '@/components/form-field';
import { SelectField, type SelectOption } from '@/components/select-field';
import { Sheet } from '@/components/sheet';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { createGuideItem, updateGuideItem } from '@/services/guide';
import { hasFieldError } from '@/services/http';
import './index.scss';

type Field = 'name' | 'category' | 'aliases';

/** 别名 as typed: separated by commas (either width), 、 or spaces. */
function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\s]+/)
        .map((alias) => alias.trim())
        .filter(Boolean),
    ),
  ];
}

function subcategoryOptions(category: WasteCategory): SelectOption<WasteSubcategory | ''>[] {
  return [
    { value: '', label: '不指定' },
    ...WASTE_SUBCATEGORIES[category].map((sub) => ({ value: sub, label: WASTE_SUBCATEGORY_LABELS[sub] })),
  ];
}

interface GuideItemSheetProps {
  /** The item to edit, or null for a new one. */
  item: GuideItemResponse | null;
  /** A new item for a search term that found nothing: its name to start with, and the miss it answers. */
  fromMiss?: { id: number; term: string };
  onClose: () => void;
  onSaved: (item: GuideItemResponse) => void;
}

/** Add an item to the sorting guide, or edit one: its name, other names, bin and tip. */
export function GuideItemSheet({ item, fromMiss, onClose, onSaved }: GuideItemSheetProps) {
  const [name, setName] = useState(item?.name ?? fromMiss?.term ?? '');
  const [aliases, setAliases] = useState(item?.aliases.join('，') ?? '');
  const [category, setCategory] = useState<WasteCategory | null>(item?.category ?? null);
  const [subcategory, setSubcategory] = useState<WasteSubcategory | ''>(item?.subcategory ?? '');
  const [tip, setTip] = useState(item?.tip ?? '');
  const [problem, setProblem] = useState<Field | null>(null);
  const action = useAction();

  const submit = async () => {
    if (!name.trim()) return setProblem('name');
    if (!category) return setProblem('category');
    setProblem(null);
    const body = {
      name: name.trim(),
      aliases: parseAliases(aliases),
      category,
      subcategory: subcategory || null,
      tip: tip.trim(),
    };
    const saved = await action.run(
      () =>
        (item ? updateGuideItem(item.id, body) : createGuideItem({ ...body, fromMissId: fromMiss?.id })).catch(
          (error: unknown) => {
            if (hasFieldError(error, 'name')) setProblem('name');
            else if (hasFieldError(error, 'aliases')) setProblem('aliases');
            throw error;
          },
        ),
      item ? '已保存' : '已添加',
    );
    if (saved) onSaved(saved);
  };

  return (
    <Sheet
      title={item ? '编辑条目' : '添加条目'}
      subtitle={fromMiss ? `居民搜索「${fromMiss.term}」没有找到，添加后再搜就能查到` : undefined}
      busy={action.busy}
      onClose={onClose}
    >
      <FormField label="名称" error={problem === 'name' ? '请填写名称（1–32 个字，不能与已有条目重名）' : null}>
        <FieldInput
          value={name}
          placeholder="如：奶茶杯"
          maxlength={32}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField
        label="别名"
        hint="居民可能搜的其他叫法，用逗号隔开"
        error={problem === 'aliases' ? '每个别名 1–32 个字' : null}
      >
        <FieldInput
          value={aliases}
          placeholder="如：奶茶杯子，饮料杯"
          onChange={(value) => {
            setAliases(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="投放到" error={problem === 'category' ? '请选择投放到哪个桶' : null}>
        <CategoryPicker
          selected={category}
          onPick={(picked) => {
            setCategory(picked);
            // A subcategory belongs to one category.
            if (picked !== category) setSubcategory('');
          }}
        />
      </FormField>
      {category && WASTE_SUBCATEGORIES[category].length ? (
        <FormField label="小类">
          <SelectField
            options={subcategoryOptions(category)}
            value={subcategory}
            placeholder="不指定"
            onChange={setSubcategory}
          />
        </FormField>
      ) : null}
      <FormField label="投放提示" hint="怎么投、容易投错在哪，最多 200 字">
        <FieldInput
          value={tip}
          placeholder="如：残留饮料倒掉，杯子投其他垃圾"
          maxlength={200}
          kind="multiline"
          className="guide-item-sheet__tip"
          onChange={(value) => {
            setTip(value);
            setProblem(null);
          }}
        />
      </FormField>
      <SubmitButton
        className="guide-item-sheet__save"
        busy={action.busy}
        busyText="正在保存…"
        text={item ? '保存' : '添加到分类指南'}
        onClick={() => void submit()}
      />
    </Sheet>
  );
}
