package app.konqer.sdk.billing.admin;

import app.konqer.sdk.model.ServiceId;
import java.time.LocalDate;

/**
 * How many generations one service produced on one UTC day, from {@code GET /admin/metrics/generations}.
 *
 * @param day the UTC day
 * @param service the service
 * @param count the generations stored that day
 */
public record DailyGenerations(LocalDate day, ServiceId service, long count) {}
