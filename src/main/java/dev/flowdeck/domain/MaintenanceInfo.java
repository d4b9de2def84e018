package dev.flowdeck.domain;

/** The flow's maintenance window and, when AWS has scheduled one, its date and "required by" deadline. */
public record MaintenanceInfo(String day, String startHour, String scheduledDate, String deadline) {
}
