package dev.vitae.enricher.recognition;

/**
 * One name the recogniser found: its type, its offsets into the text it was given ({@code end}
 * exclusive), the covered text exactly as it stands there, and the model's probability for it.
 */
public record Entity(Type type, int start, int end, String text, double probability) {
    /** What a found name denotes; {@link #label} is the type name inside the model. */
    public enum Type {
        ORGANIZATION("organization"), TITLE("title");

        public final String label;

        Type(String label) {
            this.label = label;
        }

        static Type ofLabel(String label) {
            for (Type t : values()) {
                if (t.label.equals(label)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown entity type in model: " + label);
        }
    }
}
