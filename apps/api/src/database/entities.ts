import { Cell } from '../modules/cells/cell.entity';
import { Region } from '../modules/regions/region.entity';
import { RoleGrantEntity } from '../modules/users/role-grant.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed once for the app's data source and the migration CLI. */
export const ENTITIES = [Region, Cell, User, RoleGrantEntity];
