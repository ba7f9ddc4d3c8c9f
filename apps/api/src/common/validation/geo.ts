import { applyDecorators } from '@nestjs/common';
import { IsLatitude, IsLongitude, IsNumber } from 'class-validator';

// class-validator's IsLatitude and IsLongitude also pass numeric strings ("37.07"), which would be
// stored and answered as strings: a body's coordinates must be JSON numbers.
const finite = () => IsNumber({ allowNaN: false, allowInfinity: false });

/** A body's latitude: a JSON number in [-90, 90]. */
export const Latitude = () => applyDecorators(finite(), IsLatitude());

/** A body's longitude: a JSON number in [-180, 180]. */
export const Longitude = () => applyDecorators(finite(), IsLongitude());
