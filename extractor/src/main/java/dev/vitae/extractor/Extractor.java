package dev.vitae.extractor;

/** Bytes in, an {@link Extraction} out; never throws for a bad file. */
public interface Extractor extends AutoCloseable {
    Extraction extract(byte[] content, String fileName);

    @Override
    default void close() {}
}
