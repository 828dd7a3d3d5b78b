package dev.vitae.enricher.domain;

/**
 * A {@link RoleReading} for one standard layout (a LinkedIn profile export, a Europass CV) that
 * knows where that layout puts every role. It reads only a document it recognises by the layout's
 * own markers (its section set, footer, date style), and finds nothing elsewhere. When it finds
 * roles, {@link RoleExtractor} keeps only its roles (and every reading's projects): the general
 * readings would read the same lines again, and its sidebar, durations and footers as employers.
 */
interface LayoutReading extends RoleReading {
    /** Whether {@code context} is a document in this layout. */
    boolean recognises(RoleContext context);
}
