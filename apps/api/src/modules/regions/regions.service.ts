import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { RegionNodeDto } from './dto/region-node.dto';
import { Region } from './region.entity';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  /** The whole tree (a city has a few thousand divisions at most), or the branch under `root`. */
  async tree(root?: string): Promise<RegionNodeDto[]> {
    const rows = await this.regions.find({ order: { code: 'ASC' } });
    const nodes = new Map<string, RegionNodeDto>(
      rows.map((r) => [r.code, { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, children: [] }]),
    );
    const roots: RegionNodeDto[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    if (!root) return roots;
    const branch = nodes.get(root);
    if (!branch) throw AppError.notFound(`Region ${root}`);
    return [branch];
  }

  async findByCode(code: string): Promise<Region | null> {
    return this.regions.findOne({ where: { code } });
  }

  async namesByCode(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows = await this.regions.find({
      where: { code: In([...new Set(codes)]) },
      select: { code: true, name: true },
    });
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
