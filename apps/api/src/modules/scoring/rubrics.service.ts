import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CellType, RubricDefinition } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import { ConfigError } from '../../config/env';
import { isUniqueViolation } from '../sorting/guide.service';
import { MeasureRegistry } from './measure-registry';
import { assertSources, RubricError, type RubricFile } from './rubric-schema';
import { RubricVersion } from './rubric-version.entity';

export interface VersionedRubric {
  version: number;
  rubric: RubricDefinition;
}

/**
 * The rubrics in force and every earlier version. At bootstrap (after every module registered its
 * measures) each rubric's sources are checked, and a file whose content changed becomes a new
 * version in `rubric_versions`; scores name the version they used and are recomputed with it.
 */
@Injectable()
export class RubricsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RubricsService.name);
  private readonly current = new Map<CellType, VersionedRubric>();
  /** Versions never change once written, so any read one is kept. */
  private readonly known = new Map<string, RubricDefinition>();
  private synced: Promise<void> | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly measures: MeasureRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Refuses to start on a rubric naming a measure nobody registered (every module has registered by now). */
  onApplicationBootstrap(): void {
    try {
      assertSources(this.config.rubrics.files, (key) => this.measures.has(key), this.measures.keys());
    } catch (error) {
      if (error instanceof RubricError) throw new ConfigError([{ variable: 'RUBRICS_DIR', problem: error.message }]);
      throw error;
    }
  }

  /**
   * Makes each file the current version of its cell type, storing a new version when its content
   * changed. Called at start-up once migrations have run (they run after bootstrap), else on first use.
   */
  sync(files: RubricFile[] = this.config.rubrics.files): Promise<void> {
    const run = (async () => {
      for (const file of files) {
        const versioned = await this.storeVersion(file);
        this.current.set(file.rubric.cellType, versioned);
        this.known.set(`${file.rubric.cellType}@${versioned.version}`, file.rubric);
      }
    })();
    // A failed sync (database down) is tried again on the next use.
    this.synced = run.catch((error: unknown) => {
      this.synced = null;
      throw error;
    });
    return this.synced;
  }

  /** The rubric a cell type is scored with now. */
  async currentOf(cellType: CellType): Promise<VersionedRubric> {
    await (this.synced ?? this.sync());
    const versioned = this.current.get(cellType);
    if (!versioned) throw new Error(`No rubric for ${cellType}`);
    return versioned;
  }

  /** A stored version (the one a past score used). */
  async version(cellType: CellType, version: number): Promise<RubricDefinition> {
    const key = `${cellType}@${version}`;
    const hit = this.known.get(key);
    if (hit) return hit;
    const row = await this.dataSource.getRepository(RubricVersion).findOne({ where: { cellType, version } });
    if (!row) throw new Error(`No rubric version ${key}`);
    this.known.set(key, row.content);
    return row.content;
  }

  private async storeVersion(file: RubricFile, attempt = 0): Promise<VersionedRubric> {
    const repo = this.dataSource.getRepository(RubricVersion);
    const cellType = file.rubric.cellType;
    const latest = await repo.findOne({
      where: { cellType },
      order: { version: 'DESC' },
      select: { version: true, contentHash: true },
    });
    if (latest?.contentHash === file.hash) return { version: latest.version, rubric: file.rubric };
    const version = (latest?.version ?? 0) + 1;
    try {
      await repo.insert({ cellType, version, contentHash: file.hash, content: file.rubric });
    } catch (error) {
      // Another replica starting at the same moment wrote this version first: read what it wrote.
      if (isUniqueViolation(error) && attempt < 3) return this.storeVersion(file, attempt + 1);
      throw error;
    }
    this.logger.log(`Rubric ${file.file} is now version ${version}`);
    return { version, rubric: file.rubric };
  }
}
