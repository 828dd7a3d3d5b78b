package dev.vitae.extractor;

/** Bytes in, an {@link Extraction} out; never throws for a bad file. */
public interface Extractor extends AutoCloseable {
    Extraction extract(byte[] content, String fileName);

    /** Gets ready to parse before the first document (starts parser processes); parsing works without it. */
    default void prepare() {}

    @Override
    default void close() {}
}
