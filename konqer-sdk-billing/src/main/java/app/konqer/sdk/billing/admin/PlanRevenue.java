package app.konqer.sdk.billing.admin;

import app.konqer.sdk.model.Plan;

/**
 * Monthly recurring revenue from one plan.
 *
 * @param plan the plan
 * @param count the subscriptions to it that count as active
 * @param mrrCents their monthly recurring revenue in cents; a yearly plan counts as its amount divided by 12, the
 *     plan's sum rounded half up once
 */
public record PlanRevenue(Plan plan, int count, long mrrCents) {}
