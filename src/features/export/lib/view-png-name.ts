import { fileName } from '../../../lib/download';
import { shanghaiDateTimeOf } from '../../../lib/time-window';

/**
 * The exported view's file name: the app, the place and when, in Beijing time whatever the PC's zone
 * (`党建智图-黄埔供电局-2026-09-30_17-05-09.png`); to the second, so two exports never share a name.
 */
export function viewPngFileName(appName: string, placeName: string, instant: number | Date): string {
  const [day = '', time = ''] = shanghaiDateTimeOf(instant).split('T');
  return fileName([appName, placeName, `${day}_${time.replaceAll(':', '-')}`], 'png');
}
