package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpSettingsTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "127.0.0.1, -,      true",
            "127.1.2.3, -,      true",
            "::1,       -,      true",
            "localhost, -,      true",
            "0.0.0.0,   -,      false",
            "::,        -,      false",
            "0.0.0.0,   '  ',   false", // a blank token is no token
            "0.0.0.0,   secret, true",
            "::,        secret, true"})
    void aNonLoopbackAddressNeedsAToken(String host, String token, boolean allowed) {
        HttpSettings s = HttpSettings.DEFAULTS.withHost(host).withToken(token);
        if (allowed) {
            assertDoesNotThrow(s::requireSafeBinding);
        } else {
            assertThrows(IllegalArgumentException.class, s::requireSafeBinding);
        }
    }
}
