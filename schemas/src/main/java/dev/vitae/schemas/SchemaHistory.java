package dev.vitae.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of a record schema, read from {@code schema-history/<Name>/v1.avsc, v2.avsc, …}
 * on the classpath. Readers register them all, so records written by any released version still decode.
 */
public final class SchemaHistory {
    private SchemaHistory() {}

    public static List<Schema> released(Schema current) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = "/schema-history/" + current.getName() + "/v" + v + ".avsc";
            try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new IllegalStateException("unreadable released schema " + path, e);
            }
        }
    }
}
