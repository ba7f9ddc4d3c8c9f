import type { RegionNode } from '@zerowaste/shared';
import { useCallback, useMemo } from 'react';
import { useResource } from '../../hooks/use-resource';
import { getRegionTree } from '../../services/regions';
import { SelectField, type SelectOption } from '../select-field';

interface RegionPickerProps {
  value: string | null;
  onChange: (code: string) => void;
  placeholder?: string;
  /** Offer 全部地区 (the empty code) first, for a filter. */
  allLabel?: string;
  chip?: boolean;
}

/** Every region of the tree as 襄都区 / 西大街街道 / 幸福里社区, in tree order. */
function flatten(nodes: RegionNode[], path: string[] = []): SelectOption<string>[] {
  return nodes.flatMap((node) => {
    const top = node.level === 'province' || node.level === 'city';
    // The province and the city are the whole tree here: the labels of the levels below leave them out.
    const label = top ? node.name : [...path, node.name].join(' / ');
    return [{ value: node.code, label }, ...flatten(node.children, top ? [] : [...path, node.name])];
  });
}

/** A region (GB/T 2260 code) picked from the administrative tree. */
export function RegionPicker({ value, onChange, placeholder = '选择所在地区', allLabel, chip }: RegionPickerProps) {
  const load = useCallback(() => getRegionTree(), []);
  const tree = useResource(load);
  const options = useMemo(() => {
    const regions = tree.data ? flatten(tree.data) : [];
    return allLabel ? [{ value: '', label: allLabel }, ...regions] : regions;
  }, [tree.data, allLabel]);
  return (
    <SelectField
      options={options}
      value={value}
      placeholder={tree.error ? '地区加载失败，请返回后重新打开' : tree.loading ? '正在加载地区…' : placeholder}
      onChange={onChange}
      chip={chip}
    />
  );
}
