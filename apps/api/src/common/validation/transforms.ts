/** class-transformer helpers shared by the DTOs. */

/** A query-string number: empty or missing stays undefined, anything else goes through Number() for @IsInt to judge. */
export const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Surrounding spaces are not part of a name. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
