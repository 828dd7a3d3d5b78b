package dev.vitae.enricher.domain;

import java.util.List;

/**
 * What the page's layout says about a role header that its text leaves open. A header whose lines
 * the text reads as two titles and no organization ("Freelance Software Engineer" over "Software
 * Engineer": both have a title word) is decided by type size: when one of its lines is set at least
 * 5% larger than each of the others and no smaller than the body text, that line names the employer
 * (the hierarchy LinkedIn's export and many templates print: employer, then role, then dates), and
 * the title is read from the rest. The line just below the date of such a header, when it has no
 * title word and is set smaller than the employer's line, is the role's place ("San Francisco Bay
 * Area"), not a second organization. Without a layout, or with lines of one size, the header is
 * left as the text read it.
 */
final class LayoutEvidence {
    private static final float LARGER = 1.05f;

    private LayoutEvidence() {}

    /** {@code header} read from text lines {@code lines} (indices), with the organization the layout names when the text named none. */
    static HeaderParser.Header organizationByTypeSize(HeaderParser.Header header, List<Integer> lines, RoleContext context) {
        PageLayout layout = context.layout();
        if (header.organization() != null || header.title() == null || lines.size() < 2 || !layout.hasGeometry()) {
            return header;
        }
        int largest = -1;
        float largestSize = 0, secondSize = 0;
        for (int i : lines) {
            float size = size(layout, i);
            if (size <= 0) {
                return header; // a line the layout does not know: no comparison
            }
            if (size > largestSize) {
                secondSize = largestSize;
                largestSize = size;
                largest = i;
            } else if (size > secondSize) {
                secondSize = size;
            }
        }
        if (largestSize < secondSize * LARGER || largestSize < layout.bodyFontSize()) {
            return header;
        }
        String organization = HeaderParser.clean(context.lines().get(largest).content());
        final int employerLine = largest;
        List<String> rest = lines.stream().filter(i -> i != employerLine).map(i -> context.lines().get(i).content()).toList();
        String title = HeaderParser.parse(rest).title();
        if (organization.isEmpty() || title == null) {
            return header;
        }
        return new HeaderParser.Header(title, organization, header.location());
    }

    /**
     * {@code header} (decided by {@link #organizationByTypeSize} from {@code lines}) with text line
     * {@code below} as its place, when the layout says so; null when it does not.
     */
    static HeaderParser.Header placeBelow(HeaderParser.Header header, List<Integer> lines, int below, RoleContext context) {
        PageLayout layout = context.layout();
        if (header.location() != null || below >= context.lines().size()) {
            return null;
        }
        String place = HeaderParser.clean(context.lines().get(below).content());
        float employer = 0;
        for (int i : lines) {
            employer = Math.max(employer, size(layout, i));
        }
        float size = size(layout, below);
        if (place.isEmpty() || size <= 0 || size * LARGER > employer || HeaderParser.parse(List.of(place)).title() != null) {
            return null;
        }
        return new HeaderParser.Header(header.title(), header.organization(), place);
    }

    /** The font size of text line {@code i}: the largest of its layout lines; 0 when unknown. */
    private static float size(PageLayout layout, int i) {
        float size = 0;
        for (PageLayout.Line l : layout.on(i)) {
            size = Math.max(size, l.fontSize());
        }
        return size;
    }
}
