import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { createBenchTenant, openRuntime } from './db.js';
import { loadUsers, UserFactory } from './users.js';

const cache = process.argv[2];
const url = `sqlite:${mkdtempSync('/tmp/bq-')}/q.db`;
const rt = await openRuntime(url);
if (cache) await rt.db.orm.em.getConnection().execute(`pragma cache_size = ${cache}`);
const { tenant } = await createBenchTenant(rt, 'bench');
let last = performance.now();
const r = await loadUsers(rt, tenant, new UserFactory(), 100000, (done) => {
  if (done % 20000 === 0) {
    const now = performance.now();
    console.log(done, (((now - last) / 20000) * 1000).toFixed(1), 'us/row');
    last = now;
  }
});
console.log('total', (r.ms / 1000).toFixed(1), 's');
await rt.close();
