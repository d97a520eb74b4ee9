export interface DayPoint {
  day: string;
  total: number;
  failed: number;
}

/** Exactly the last `n` UTC days ending today (the server also lists the day `n` days ago), zeros where a day is missing. */
export function fillDays(points: readonly DayPoint[], n: number, today = new Date()): DayPoint[] {
  const byDay = new Map(points.map((p) => [p.day, p]));
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const out: DayPoint[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    const p = byDay.get(day);
    out.push({ day, total: p?.total ?? 0, failed: p?.failed ?? 0 });
  }
  return out;
}
