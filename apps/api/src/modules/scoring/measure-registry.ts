import { Injectable } from '@nestjs/common';
import type { MeasureKey, MeasureUnit } from '@zerowaste/shared';
import type { EntityManager } from 'typeorm';

/** The month being scored: `[start, end)` in UTC instants, the calendar month in China time. */
export interface MeasurePeriod {
  period: string;
  start: Date;
  end: Date;
}

/**
 * A number worked out for every cell and a period from one feature's own tables. Each feature that
 * produces data a rubric can use registers its measures here (from its own module), so scoring never
 * reads another module's tables: drops register participation and accuracy, the quiz its participation,
 * rewards their redemptions, bins their density, activities theirs; later pickups, places and rivers.
 */
export interface MeasureDefinition {
  key: MeasureKey;
  /** Chinese, for the breakdown when an indicator does not name it. */
  name: string;
  unit: MeasureUnit;
  /**
   * One grouped query over all cells (or only `cellIds`) for the period, never a query per cell.
   * Cells missing from the map measured 0.
   */
  compute(em: EntityManager, period: MeasurePeriod, cellIds?: number[]): Promise<Map<number, number>>;
}

/** The measures rubrics may name as an indicator's `source`; filled by feature modules as they start. */
@Injectable()
export class MeasureRegistry {
  private readonly measures = new Map<string, MeasureDefinition>();

  register(measure: MeasureDefinition): void {
    if (this.measures.has(measure.key)) throw new Error(`Measure ${measure.key} is registered twice`);
    this.measures.set(measure.key, measure);
  }

  has(key: string): boolean {
    return this.measures.has(key);
  }

  get(key: string): MeasureDefinition {
    const measure = this.measures.get(key);
    if (!measure) throw new Error(`No measure ${key}`);
    return measure;
  }

  keys(): string[] {
    return [...this.measures.keys()].sort();
  }
}
