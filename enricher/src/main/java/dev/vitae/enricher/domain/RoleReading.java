package dev.vitae.enricher.domain;

import java.util.List;

/**
 * One way of reading roles out of a résumé (labelled fields, date anchors, …). A reading sees the
 * whole {@link RoleContext} (text, sections, date ranges, labelled fields) and the {@link RoleClaims}
 * of the readings before it: it skips lines already claimed, claims the lines it reads a role from,
 * and returns what it found. {@link RoleExtractor} runs the readings in order, most explicit first.
 *
 * <p>A reading that only proposes names with offsets (a statistical recogniser of organizations
 * and titles) fits the same shape: run last, it looks only at unclaimed lines, and builds a role
 * from a proposed organization with the nearest title and {@link RoleContext#ranges() date range}
 * around it, the way {@link DateAnchorReading} ties a header to its dates.
 */
interface RoleReading {
    /** A short name for the reading, recorded in the claims of the lines it reads. */
    String name();

    List<FoundEntry> read(RoleContext context, RoleClaims claims);
}
