// The town's month (Asia/Shanghai: UTC+8, no summer time), as the server counts months.

/** 'YYYY-MM' of the town's month `back` months before its current one, whatever the browser's zone. */
export function townMonth(back = 0) {
  const date = new Date(Date.now() + 288e5); // its UTC fields read as the town's clock
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - back);
  return date.toISOString().slice(0, 7);
}
