import 'reflect-metadata';
import { openRuntime } from './db.js';

const rt = await openRuntime(process.argv[2]);
const conn = rt.db.orm.em.getConnection();
const t = (await conn.execute<{ id: string }[]>("select id from tenant where slug='bench'"))[0].id;
for (const sql of process.argv.slice(3)) {
  const plan = await conn.execute<{ detail: string }[]>(`explain query plan ${sql}`, [t]);
  console.log(sql, '\n  ', plan.map((p) => p.detail).join('\n   '));
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) await conn.execute(sql, [t]);
  console.log('   ', ((performance.now() - t0) / 20).toFixed(2), 'ms');
}
await rt.close();
