import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { appAccess } from './app.access.js';
import { MAX_INTERVAL_MINUTES, setAppSchedule } from './app-schedule.service.js';
import { appNodeOf } from './apps.node.js';
import { AppNode } from './apps.types.js';

/** An app's schedule, changed by the admins who steer the app (as start, pause and stop are). */
@Resolver()
export class AppScheduleResolver {
  @Mutation(() => AppNode, {
    description:
      "Changes when the app's cycles run by themselves (only the arguments given); the next scheduled cycle is one interval after the last finished one. The app file keeps its own schedule: the next applyApp of it sets that again. Role admin.",
  })
  async setAppSchedule(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, { description: "The app's name." }) name: string,
    @Arg('intervalMinutes', () => Int, { nullable: true, description: `From 1 to ${MAX_INTERVAL_MINUTES}.` })
    intervalMinutes?: number,
    @Arg('enabled', () => Boolean, { nullable: true, description: 'Cycles run on the schedule.' }) enabled?: boolean,
    @Arg('followChanges', () => Boolean, {
      nullable: true,
      description: 'An incremental cycle also runs as soon as the source changes.',
    })
    followChanges?: boolean,
  ): Promise<AppNode> {
    const app = await appAccess(ctx, name, 'admin');
    if (
      intervalMinutes != null &&
      (!Number.isInteger(intervalMinutes) || intervalMinutes < 1 || intervalMinutes > MAX_INTERVAL_MINUTES)
    )
      throw badInput(`intervalMinutes must be between 1 and ${MAX_INTERVAL_MINUTES}`, 'intervalMinutes');
    if (intervalMinutes == null && enabled == null && followChanges == null)
      throw badInput('Give intervalMinutes, enabled or followChanges', 'intervalMinutes');
    await setAppSchedule(ctx.services.sql, app, {
      intervalMinutes: intervalMinutes ?? undefined,
      enabled: enabled ?? undefined,
      followChanges: followChanges ?? undefined,
    });
    return appNodeOf(ctx.services.sql, app);
  }
}
