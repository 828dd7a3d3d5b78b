package dev.vitae.enricher.domain;

/**
 * A period found in the text: a start, and an end or "present". {@code [start, end)} are
 * prepared-text offsets of the whole match.
 */
public record DateRange(PartialDate from, PartialDate to, boolean current, int start, int end) {}
