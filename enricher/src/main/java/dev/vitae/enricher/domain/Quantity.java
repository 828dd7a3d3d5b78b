package dev.vitae.enricher.domain;

/**
 * A quantified statement found in text: value (magnitude words resolved), optional upper end of a
 * range, a normalised unit, its kind, and the prepared-text offsets of the match.
 */
public record Quantity(double value, Double valueMax, String unit, Kind kind, Direction direction,
                       String subject, int start, int end) {
    public enum Kind { PERCENT, DURATION, COUNT, MONEY, SIZE }

    public enum Direction { INCREASE, DECREASE }
}
