import type { CellType, RegionLevel } from '@zerowaste/shared';

/**
 * The demo city: Xingtai (邢台市), Hebei. Province, city and county codes are the real GB/T 2260 codes;
 * towns and communities below them follow the statistics bureau's 9- and 12-digit pattern with
 * illustrative numbers.
 */
export const XINGTAI_REGIONS: { code: string; name: string; level: RegionLevel }[] = [
  { code: '130000', name: '河北省', level: 'province' },
  { code: '130500', name: '邢台市', level: 'city' },
  { code: '130502', name: '襄都区', level: 'county' },
  { code: '130503', name: '信都区', level: 'county' },
  { code: '130505', name: '任泽区', level: 'county' },
  { code: '130506', name: '南和区', level: 'county' },
  { code: '130522', name: '临城县', level: 'county' },
  { code: '130523', name: '内丘县', level: 'county' },
  { code: '130524', name: '柏乡县', level: 'county' },
  { code: '130525', name: '隆尧县', level: 'county' },
  { code: '130528', name: '宁晋县', level: 'county' },
  { code: '130529', name: '巨鹿县', level: 'county' },
  { code: '130530', name: '新河县', level: 'county' },
  { code: '130531', name: '广宗县', level: 'county' },
  { code: '130532', name: '平乡县', level: 'county' },
  { code: '130533', name: '威县', level: 'county' },
  { code: '130534', name: '清河县', level: 'county' },
  { code: '130535', name: '临西县', level: 'county' },
  { code: '130581', name: '南宫市', level: 'county' },
  { code: '130582', name: '沙河市', level: 'county' },
  { code: '130502001', name: '西大街街道', level: 'town' },
  { code: '130502002', name: '北大街街道', level: 'town' },
  { code: '130503001', name: '中兴街道', level: 'town' },
  { code: '130506101', name: '和阳镇', level: 'town' },
  { code: '130522101', name: '临城镇', level: 'town' },
  { code: '130502001001', name: '幸福里社区', level: 'community' },
  { code: '130502002001', name: '清风街社区', level: 'community' },
  { code: '130503001001', name: '中兴社区', level: 'community' },
  { code: '130506101201', name: '东三召村', level: 'community' },
  { code: '130522101201', name: '西竖村', level: 'community' },
];

export interface SeedCell {
  key: string;
  name: string;
  type: CellType;
  regionCode: string;
  address: string;
  households: number;
  lat: number;
  lng: number;
}

/** At least one cell of every type; coordinates are GCJ-02 around the city. */
export const XINGTAI_CELLS: SeedCell[] = [
  {
    key: 'community',
    name: '幸福里小区',
    type: 'community',
    regionCode: '130502001001',
    address: '襄都区新华北路 88 号',
    households: 1260,
    lat: 37.0731,
    lng: 114.5062,
  },
  {
    key: 'community2',
    name: '清风苑小区',
    type: 'community',
    regionCode: '130502002001',
    address: '襄都区清风街 16 号',
    households: 840,
    lat: 37.0812,
    lng: 114.5136,
  },
  {
    key: 'village',
    name: '东三召村',
    type: 'village',
    regionCode: '130506101201',
    address: '南和区和阳镇东三召村',
    households: 530,
    lat: 36.9984,
    lng: 114.7126,
  },
  {
    key: 'scenic',
    name: '崆山白云洞景区',
    type: 'scenic_area',
    regionCode: '130522101',
    address: '临城县崆山白云洞景区',
    households: 0,
    lat: 37.4359,
    lng: 114.4126,
  },
  {
    key: 'office',
    name: '市行政中心节约型机关',
    type: 'office',
    regionCode: '130503001001',
    address: '信都区守敬北路 1 号',
    households: 0,
    lat: 37.0868,
    lng: 114.4829,
  },
  {
    key: 'school',
    name: '襄都区实验小学',
    type: 'school',
    regionCode: '130502001',
    address: '襄都区顺德路 120 号',
    households: 0,
    lat: 37.0678,
    lng: 114.5103,
  },
  {
    key: 'restaurant',
    name: '邢襄人家饭店',
    type: 'restaurant',
    regionCode: '130502002',
    address: '襄都区中兴东大街 35 号',
    households: 0,
    lat: 37.0702,
    lng: 114.5199,
  },
  {
    key: 'mall',
    name: '中兴商城',
    type: 'mall',
    regionCode: '130503001',
    address: '信都区中兴西大街 200 号',
    households: 0,
    lat: 37.0689,
    lng: 114.4851,
  },
  {
    key: 'express',
    name: '和阳镇快递驿站',
    type: 'express_outlet',
    regionCode: '130506101',
    address: '南和区和阳镇和阳大街 12 号',
    households: 0,
    lat: 37.0013,
    lng: 114.6898,
  },
  {
    key: 'family',
    name: '李大爷家',
    type: 'family',
    regionCode: '130506101201',
    address: '南和区和阳镇东三召村 3 排 5 号',
    households: 1,
    lat: 36.9979,
    lng: 114.7131,
  },
];
