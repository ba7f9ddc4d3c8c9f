import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity';
import { CellActivity } from '../modules/activities/activity.entity';
import { Bin } from '../modules/bins/bin.entity';
import { HouseholdCard } from '../modules/bins/household-card.entity';
import { Cell } from '../modules/cells/cell.entity';
import { Drop } from '../modules/drops/drop.entity';
import { ImageEntity } from '../modules/images/image.entity';
import { NotificationConsent } from '../modules/notifications/notification-consent.entity';
import { NotificationMessage } from '../modules/notifications/notification-message.entity';
import { Pickup } from '../modules/pickups/pickup.entity';
import { PickupArea, PickupAreaCell, PickupAreaCollector } from '../modules/pickups/pickup-area.entity';
import { PickupSlot } from '../modules/pickups/pickup-slot.entity';
import { Place } from '../modules/places/place.entity';
import { PlaceStatusReport } from '../modules/places/place-status-report.entity';
import { LedgerEntry } from '../modules/points/ledger-entry.entity';
import { PointsAccount } from '../modules/points/points-account.entity';
import { Region } from '../modules/regions/region.entity';
import { YearlyReportNote } from '../modules/reports/yearly-report-note.entity';
import { Redemption } from '../modules/rewards/redemption.entity';
import { Reward } from '../modules/rewards/reward.entity';
import { Shop } from '../modules/rewards/shop.entity';
import { CellScore } from '../modules/scoring/cell-score.entity';
import { Evidence } from '../modules/scoring/evidence/evidence.entity';
import { RubricVersion } from '../modules/scoring/rubric-version.entity';
import { ScoringRun } from '../modules/scoring/scoring-run.entity';
import { GuideItem } from '../modules/sorting/guide-item.entity';
import { QuizAttempt } from '../modules/sorting/quiz-attempt.entity';
import { SearchMiss } from '../modules/sorting/search-miss.entity';
import { RoleGrantEntity } from '../modules/users/role-grant.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed once for the app's data source and the migration CLI. */
export const ENTITIES = [
  Region,
  Cell,
  User,
  RoleGrantEntity,
  IdempotencyRecord,
  GuideItem,
  SearchMiss,
  QuizAttempt,
  Bin,
  HouseholdCard,
  PointsAccount,
  LedgerEntry,
  Drop,
  Shop,
  Reward,
  Redemption,
  ImageEntity,
  CellActivity,
  YearlyReportNote,
  RubricVersion,
  CellScore,
  Evidence,
  ScoringRun,
  PickupArea,
  PickupAreaCell,
  PickupAreaCollector,
  PickupSlot,
  Pickup,
  Place,
  PlaceStatusReport,
  NotificationConsent,
  NotificationMessage,
];
