package app.konqer.server.generation.scoring;

/**
 * A reminder of a plan template. The message may use {@code {name}}, {@code {meeting}} and {@code {when}}
 * ("in 2 hours").
 */
record ReminderStep(int sendBeforeMinutes, ReminderChannel channel, String template) {

  Reminder render(String name, String meeting) {
    String message = template
        .replace("{name}", name)
        .replace("{meeting}", meeting)
        .replace("{when}", "in " + Durations.inWords(sendBeforeMinutes));
    return new Reminder(sendBeforeMinutes, channel, message);
  }
}
