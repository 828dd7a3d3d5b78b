package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource({
        "000_d41c947f56d76838.txt, en", "001_12268666d2510657.txt, en", "002_244250873f516315.txt, ja",
        "003_a3ff8387aba269ad.txt, ko", "004_73d441455ad1885c.txt, en"})
    void seeds(String file, String expected) throws Exception {
        assertEquals(expected, detector.detect(Files.readString(Path.of("..", "seeds", file))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ingénieur logiciel chez Thales, responsable de la migration des services vers Kubernetes et de la mise en place du CI/CD.|fr",
        "Softwareentwickler bei der Siemens AG, verantwortlich für die Migration der Dienste und den Aufbau der Pipeline.|de",
        "Ingeniero de software en Telefónica, responsable de la migración de los servicios a la nube y del equipo de datos.|es",
        "Senior engineer at Acme, led the migration of the billing platform to AWS and the on-call rotation.|en",
        "バックエンドエンジニアとして決済システムの設計を担当|ja",
        "백엔드 개발자로서 결제 시스템을 설계했습니다|ko"})
    void shortSentences(String text, String expected) {
        assertEquals(expected, detector.detect(text));
    }

    @org.junit.jupiter.api.Test
    void noLettersNoLanguage() {
        assertNull(detector.detect("2019 - 2021 | 42 % +81 90"));
    }
}
