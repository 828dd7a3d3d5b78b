package dev.vitae.enricher.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** A date known to a precision: year, year-month or day. Formats as YYYY, YYYY-MM or YYYY-MM-DD. */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (month == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Months since year 0, taking an unknown month as January for a start and December for an end. */
    public int monthIndex(boolean asEnd) {
        return year * 12 + (month != null ? month - 1 : asEnd ? 11 : 0);
    }

    @Override
    public int compareTo(PartialDate o) {
        return Integer.compare(monthIndex(false) * 32 + (day == null ? 0 : day), o.monthIndex(false) * 32 + (o.day == null ? 0 : o.day));
    }

    @Override
    public String toString() {
        if (month == null) {
            return Integer.toString(year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
