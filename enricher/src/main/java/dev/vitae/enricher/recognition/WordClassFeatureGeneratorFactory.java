package dev.vitae.enricher.recognition;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets a feature descriptor name {@link WordClassFeatureGenerator} ({@code <generator class="…WordClassFeatureGeneratorFactory"/>}). */
public final class WordClassFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new WordClassFeatureGenerator();
    }
}
